from typing import Literal

ListGroupsGroupsRelations = Literal["roles", "rolesAndUsers", "users"]

LIST_GROUPS_GROUPS_RELATIONS_VALUES: set[ListGroupsGroupsRelations] = {
    "roles",
    "rolesAndUsers",
    "users",
}


def check_list_groups_groups_relations(value: str) -> ListGroupsGroupsRelations:
    if value in LIST_GROUPS_GROUPS_RELATIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_GROUPS_RELATIONS_VALUES!r}")
