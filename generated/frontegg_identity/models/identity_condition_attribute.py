from typing import Literal

IdentityConditionAttribute = Literal["applicationId", "roleIds", "tenantId", "tokenType", "userEmail", "userId"]

IDENTITY_CONDITION_ATTRIBUTE_VALUES: set[IdentityConditionAttribute] = {
    "applicationId",
    "roleIds",
    "tenantId",
    "tokenType",
    "userEmail",
    "userId",
}


def check_identity_condition_attribute(value: str) -> IdentityConditionAttribute:
    if value in IDENTITY_CONDITION_ATTRIBUTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IDENTITY_CONDITION_ATTRIBUTE_VALUES!r}")
