from typing import Literal

ListSubTenantsUsersSortBy = Literal["createdAt", "email", "id", "name"]

LIST_SUB_TENANTS_USERS_SORT_BY_VALUES: set[ListSubTenantsUsersSortBy] = {
    "createdAt",
    "email",
    "id",
    "name",
}


def check_list_sub_tenants_users_sort_by(value: str) -> ListSubTenantsUsersSortBy:
    if value in LIST_SUB_TENANTS_USERS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SUB_TENANTS_USERS_SORT_BY_VALUES!r}")
