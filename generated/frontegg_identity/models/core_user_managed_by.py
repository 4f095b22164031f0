from typing import Literal

CoreUserManagedBy = Literal["external", "frontegg", "scim2"]

CORE_USER_MANAGED_BY_VALUES: set[CoreUserManagedBy] = {
    "external",
    "frontegg",
    "scim2",
}


def check_core_user_managed_by(value: str) -> CoreUserManagedBy:
    if value in CORE_USER_MANAGED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORE_USER_MANAGED_BY_VALUES!r}")
