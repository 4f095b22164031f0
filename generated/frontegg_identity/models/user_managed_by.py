from typing import Literal

UserManagedBy = Literal["external", "frontegg", "scim2"]

USER_MANAGED_BY_VALUES: set[UserManagedBy] = {
    "external",
    "frontegg",
    "scim2",
}


def check_user_managed_by(value: str) -> UserManagedBy:
    if value in USER_MANAGED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_MANAGED_BY_VALUES!r}")
