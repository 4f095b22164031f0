from typing import Literal

ListGroupsV2Order = Literal["ASC", "DESC"]

LIST_GROUPS_V2_ORDER_VALUES: set[ListGroupsV2Order] = {
    "ASC",
    "DESC",
}


def check_list_groups_v2_order(value: str) -> ListGroupsV2Order:
    if value in LIST_GROUPS_V2_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_V2_ORDER_VALUES!r}")
