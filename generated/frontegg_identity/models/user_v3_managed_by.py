from typing import Literal

UserV3ManagedBy = Literal["external", "frontegg", "scim2"]

USER_V3_MANAGED_BY_VALUES: set[UserV3ManagedBy] = {
    "external",
    "frontegg",
    "scim2",
}


def check_user_v3_managed_by(value: str) -> UserV3ManagedBy:
    if value in USER_V3_MANAGED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_V3_MANAGED_BY_VALUES!r}")
