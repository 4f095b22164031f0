from typing import Literal

GetGroupsByIdsGroupsRelations = Literal["roles", "rolesAndUsers", "users"]

GET_GROUPS_BY_IDS_GROUPS_RELATIONS_VALUES: set[GetGroupsByIdsGroupsRelations] = {
    "roles",
    "rolesAndUsers",
    "users",
}


def check_get_groups_by_ids_groups_relations(value: str) -> GetGroupsByIdsGroupsRelations:
    if value in GET_GROUPS_BY_IDS_GROUPS_RELATIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_GROUPS_BY_IDS_GROUPS_RELATIONS_VALUES!r}")
