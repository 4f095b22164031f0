from typing import Literal

TenantStatusStatus = Literal["Activated", "NotActivated", "PendingInvitation", "PendingLogin"]

TENANT_STATUS_STATUS_VALUES: set[TenantStatusStatus] = {
    "Activated",
    "NotActivated",
    "PendingInvitation",
    "PendingLogin",
}


def check_tenant_status_status(value: str) -> TenantStatusStatus:
    if value in TENANT_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TENANT_STATUS_STATUS_VALUES!r}")
