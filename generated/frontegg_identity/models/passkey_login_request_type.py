from typing import Literal

PasskeyLoginRequestType = Literal["public-key"]

PASSKEY_LOGIN_REQUEST_TYPE_VALUES: set[PasskeyLoginRequestType] = {
    "public-key",
}


def check_passkey_login_request_type(value: str) -> PasskeyLoginRequestType:
    if value in PASSKEY_LOGIN_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSKEY_LOGIN_REQUEST_TYPE_VALUES!r}")
