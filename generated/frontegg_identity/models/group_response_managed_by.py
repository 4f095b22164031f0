from typing import Literal

GroupResponseManagedBy = Literal["frontegg", "scim2"]

GROUP_RESPONSE_MANAGED_BY_VALUES: set[GroupResponseManagedBy] = {
    "frontegg",
    "scim2",
}


def check_group_response_managed_by(value: str) -> GroupResponseManagedBy:
    if value in GROUP_RESPONSE_MANAGED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_RESPONSE_MANAGED_BY_VALUES!r}")
