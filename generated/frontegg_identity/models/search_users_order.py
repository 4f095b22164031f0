from typing import Literal

SearchUsersOrder = Literal["ASC", "DESC"]

SEARCH_USERS_ORDER_VALUES: set[SearchUsersOrder] = {
    "ASC",
    "DESC",
}


def check_search_users_order(value: str) -> SearchUsersOrder:
    if value in SEARCH_USERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_USERS_ORDER_VALUES!r}")
