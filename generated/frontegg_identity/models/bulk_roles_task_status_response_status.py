from typing import Literal

BulkRolesTaskStatusResponseStatus = Literal["Completed", "CompletedWithErrors", "InProgress", "NotStarted"]

BULK_ROLES_TASK_STATUS_RESPONSE_STATUS_VALUES: set[BulkRolesTaskStatusResponseStatus] = {
    "Completed",
    "CompletedWithErrors",
    "InProgress",
    "NotStarted",
}


def check_bulk_roles_task_status_response_status(value: str) -> BulkRolesTaskStatusResponseStatus:
    if value in BULK_ROLES_TASK_STATUS_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ROLES_TASK_STATUS_RESPONSE_STATUS_VALUES!r}")
