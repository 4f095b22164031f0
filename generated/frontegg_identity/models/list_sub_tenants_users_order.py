from typing import Literal

ListSubTenantsUsersOrder = Literal["ASC", "DESC"]

LIST_SUB_TENANTS_USERS_ORDER_VALUES: set[ListSubTenantsUsersOrder] = {
    "ASC",
    "DESC",
}


def check_list_sub_tenants_users_order(value: str) -> ListSubTenantsUsersOrder:
    if value in LIST_SUB_TENANTS_USERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SUB_TENANTS_USERS_ORDER_VALUES!r}")
