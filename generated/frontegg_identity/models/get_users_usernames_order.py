from typing import Literal

GetUsersUsernamesOrder = Literal["ASC", "DESC"]

GET_USERS_USERNAMES_ORDER_VALUES: set[GetUsersUsernamesOrder] = {
    "ASC",
    "DESC",
}


def check_get_users_usernames_order(value: str) -> GetUsersUsernamesOrder:
    if value in GET_USERS_USERNAMES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_USERNAMES_ORDER_VALUES!r}")
