from typing import Literal

ApprovalFlowExecutionStatus = Literal["APPROVED", "PENDING", "REJECTED"]

APPROVAL_FLOW_EXECUTION_STATUS_VALUES: set[ApprovalFlowExecutionStatus] = {
    "APPROVED",
    "PENDING",
    "REJECTED",
}


def check_approval_flow_execution_status(value: str) -> ApprovalFlowExecutionStatus:
    if value in APPROVAL_FLOW_EXECUTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPROVAL_FLOW_EXECUTION_STATUS_VALUES!r}")
