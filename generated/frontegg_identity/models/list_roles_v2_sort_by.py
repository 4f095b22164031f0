from typing import Literal

ListRolesV2SortBy = Literal[
    "createdAt",
    "description",
    "firstUserRole",
    "groups",
    "isDefault",
    "key",
    "level",
    "name",
    "permissions",
    "updatedAt",
    "userTenants",
]

LIST_ROLES_V2_SORT_BY_VALUES: set[ListRolesV2SortBy] = {
    "createdAt",
    "description",
    "firstUserRole",
    "groups",
    "isDefault",
    "key",
    "level",
    "name",
    "permissions",
    "updatedAt",
    "userTenants",
}


def check_list_roles_v2_sort_by(value: str) -> ListRolesV2SortBy:
    if value in LIST_ROLES_V2_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ROLES_V2_SORT_BY_VALUES!r}")
