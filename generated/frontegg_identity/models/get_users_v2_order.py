from typing import Literal

GetUsersV2Order = Literal["ASC", "DESC"]

GET_USERS_V2_ORDER_VALUES: set[GetUsersV2Order] = {
    "ASC",
    "DESC",
}


def check_get_users_v2_order(value: str) -> GetUsersV2Order:
    if value in GET_USERS_V2_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_V2_ORDER_VALUES!r}")
