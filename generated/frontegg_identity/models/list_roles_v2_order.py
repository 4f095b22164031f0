from typing import Literal

ListRolesV2Order = Literal["ASC", "DESC"]

LIST_ROLES_V2_ORDER_VALUES: set[ListRolesV2Order] = {
    "ASC",
    "DESC",
}


def check_list_roles_v2_order(value: str) -> ListRolesV2Order:
    if value in LIST_ROLES_V2_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ROLES_V2_ORDER_VALUES!r}")
