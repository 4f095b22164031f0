from typing import Literal

ResetPasswordIdentifierType = Literal["email", "phoneNumber", "username"]

RESET_PASSWORD_IDENTIFIER_TYPE_VALUES: set[ResetPasswordIdentifierType] = {
    "email",
    "phoneNumber",
    "username",
}


def check_reset_password_identifier_type(value: str) -> ResetPasswordIdentifierType:
    if value in RESET_PASSWORD_IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_IDENTIFIER_TYPE_VALUES!r}")
