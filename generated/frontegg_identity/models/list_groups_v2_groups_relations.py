from typing import Literal

ListGroupsV2GroupsRelations = Literal["roles", "rolesAndUsers", "users"]

LIST_GROUPS_V2_GROUPS_RELATIONS_VALUES: set[ListGroupsV2GroupsRelations] = {
    "roles",
    "rolesAndUsers",
    "users",
}


def check_list_groups_v2_groups_relations(value: str) -> ListGroupsV2GroupsRelations:
    if value in LIST_GROUPS_V2_GROUPS_RELATIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_V2_GROUPS_RELATIONS_VALUES!r}")
