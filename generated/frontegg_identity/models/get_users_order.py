from typing import Literal

GetUsersOrder = Literal["ASC", "DESC"]

GET_USERS_ORDER_VALUES: set[GetUsersOrder] = {
    "ASC",
    "DESC",
}


def check_get_users_order(value: str) -> GetUsersOrder:
    if value in GET_USERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_ORDER_VALUES!r}")
