from typing import Literal

GetUsersSortBy = Literal["createdAt", "email", "id", "isLocked", "name", "provider", "tenantId", "verified"]

GET_USERS_SORT_BY_VALUES: set[GetUsersSortBy] = {
    "createdAt",
    "email",
    "id",
    "isLocked",
    "name",
    "provider",
    "tenantId",
    "verified",
}


def check_get_users_sort_by(value: str) -> GetUsersSortBy:
    if value in GET_USERS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_SORT_BY_VALUES!r}")
