from typing import Literal

AuthenticateUserWebAuthnType = Literal["public-key"]

AUTHENTICATE_USER_WEB_AUTHN_TYPE_VALUES: set[AuthenticateUserWebAuthnType] = {
    "public-key",
}


def check_authenticate_user_web_authn_type(value: str) -> AuthenticateUserWebAuthnType:
    if value in AUTHENTICATE_USER_WEB_AUTHN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHENTICATE_USER_WEB_AUTHN_TYPE_VALUES!r}")
