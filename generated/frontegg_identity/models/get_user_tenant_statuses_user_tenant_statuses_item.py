from typing import Literal

GetUserTenantStatusesUserTenantStatusesItem = Literal["Activated", "NotActivated", "PendingInvitation", "PendingLogin"]

GET_USER_TENANT_STATUSES_USER_TENANT_STATUSES_ITEM_VALUES: set[GetUserTenantStatusesUserTenantStatusesItem] = {
    "Activated",
    "NotActivated",
    "PendingInvitation",
    "PendingLogin",
}


def check_get_user_tenant_statuses_user_tenant_statuses_item(value: str) -> GetUserTenantStatusesUserTenantStatusesItem:
    if value in GET_USER_TENANT_STATUSES_USER_TENANT_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_TENANT_STATUSES_USER_TENANT_STATUSES_ITEM_VALUES!r}"
    )
