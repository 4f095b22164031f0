from typing import Literal

GetUsersV2SortBy = Literal["createdAt", "email", "id", "isLocked", "name", "provider", "tenantId", "verified"]

GET_USERS_V2_SORT_BY_VALUES: set[GetUsersV2SortBy] = {
    "createdAt",
    "email",
    "id",
    "isLocked",
    "name",
    "provider",
    "tenantId",
    "verified",
}


def check_get_users_v2_sort_by(value: str) -> GetUsersV2SortBy:
    if value in GET_USERS_V2_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_V2_SORT_BY_VALUES!r}")
