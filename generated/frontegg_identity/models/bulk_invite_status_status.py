from typing import Literal

BulkInviteStatusStatus = Literal["Completed", "CompletedWithErrors", "InProgress"]

BULK_INVITE_STATUS_STATUS_VALUES: set[BulkInviteStatusStatus] = {
    "Completed",
    "CompletedWithErrors",
    "InProgress",
}


def check_bulk_invite_status_status(value: str) -> BulkInviteStatusStatus:
    if value in BULK_INVITE_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_INVITE_STATUS_STATUS_VALUES!r}")
