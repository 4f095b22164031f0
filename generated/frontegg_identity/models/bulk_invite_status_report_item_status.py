from typing import Literal

BulkInviteStatusReportItemStatus = Literal["Failed", "Success"]

BULK_INVITE_STATUS_REPORT_ITEM_STATUS_VALUES: set[BulkInviteStatusReportItemStatus] = {
    "Failed",
    "Success",
}


def check_bulk_invite_status_report_item_status(value: str) -> BulkInviteStatusReportItemStatus:
    if value in BULK_INVITE_STATUS_REPORT_ITEM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_INVITE_STATUS_REPORT_ITEM_STATUS_VALUES!r}")
