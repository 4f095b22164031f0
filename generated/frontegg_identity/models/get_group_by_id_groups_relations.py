from typing import Literal

GetGroupByIdGroupsRelations = Literal["roles", "rolesAndUsers", "users"]

GET_GROUP_BY_ID_GROUPS_RELATIONS_VALUES: set[GetGroupByIdGroupsRelations] = {
    "roles",
    "rolesAndUsers",
    "users",
}


def check_get_group_by_id_groups_relations(value: str) -> GetGroupByIdGroupsRelations:
    if value in GET_GROUP_BY_ID_GROUPS_RELATIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_GROUP_BY_ID_GROUPS_RELATIONS_VALUES!r}")
