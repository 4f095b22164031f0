from typing import Literal

ListGroupsV2SortBy = Literal["createdAt", "id", "name", "updatedAt"]

LIST_GROUPS_V2_SORT_BY_VALUES: set[ListGroupsV2SortBy] = {
    "createdAt",
    "id",
    "name",
    "updatedAt",
}


def check_list_groups_v2_sort_by(value: str) -> ListGroupsV2SortBy:
    if value in LIST_GROUPS_V2_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_V2_SORT_BY_VALUES!r}")
