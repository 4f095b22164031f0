from typing import Literal

ResetPasswordV1IdentifierType = Literal["email", "phoneNumber", "username"]

RESET_PASSWORD_V1_IDENTIFIER_TYPE_VALUES: set[ResetPasswordV1IdentifierType] = {
    "email",
    "phoneNumber",
    "username",
}


def check_reset_password_v1_identifier_type(value: str) -> ResetPasswordV1IdentifierType:
    if value in RESET_PASSWORD_V1_IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_V1_IDENTIFIER_TYPE_VALUES!r}")
