from typing import Literal

GetUsersUsernamesSortBy = Literal["userId", "username"]

GET_USERS_USERNAMES_SORT_BY_VALUES: set[GetUsersUsernamesSortBy] = {
    "userId",
    "username",
}


def check_get_users_usernames_sort_by(value: str) -> GetUsersUsernamesSortBy:
    if value in GET_USERS_USERNAMES_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_USERNAMES_SORT_BY_VALUES!r}")
