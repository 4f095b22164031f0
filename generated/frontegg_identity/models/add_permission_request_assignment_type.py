from typing import Literal

AddPermissionRequestAssignmentType = Literal["ALWAYS", "ASSIGNABLE", "NEVER"]

ADD_PERMISSION_REQUEST_ASSIGNMENT_TYPE_VALUES: set[AddPermissionRequestAssignmentType] = {
    "ALWAYS",
    "ASSIGNABLE",
    "NEVER",
}


def check_add_permission_request_assignment_type(value: str) -> AddPermissionRequestAssignmentType:
    if value in ADD_PERMISSION_REQUEST_ASSIGNMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_PERMISSION_REQUEST_ASSIGNMENT_TYPE_VALUES!r}")
