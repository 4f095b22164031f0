from typing import Literal

SearchUsersSortBy = Literal["createdAt", "email", "id", "isLocked", "name", "provider", "tenantId", "verified"]

SEARCH_USERS_SORT_BY_VALUES: set[SearchUsersSortBy] = {
    "createdAt",
    "email",
    "id",
    "isLocked",
    "name",
    "provider",
    "tenantId",
    "verified",
}


def check_search_users_sort_by(value: str) -> SearchUsersSortBy:
    if value in SEARCH_USERS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_USERS_SORT_BY_VALUES!r}")
