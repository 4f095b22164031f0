from typing import Literal

SesRoleProvider = Literal["ses-role"]

SES_ROLE_PROVIDER_VALUES: set[SesRoleProvider] = {
    "ses-role",
}


def check_ses_role_provider(value: str) -> SesRoleProvider:
    if value in SES_ROLE_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SES_ROLE_PROVIDER_VALUES!r}")
