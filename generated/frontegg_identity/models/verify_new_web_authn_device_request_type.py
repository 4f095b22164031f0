from typing import Literal

VerifyNewWebAuthnDeviceRequestType = Literal["public-key"]

VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_TYPE_VALUES: set[VerifyNewWebAuthnDeviceRequestType] = {
    "public-key",
}


def check_verify_new_web_authn_device_request_type(value: str) -> VerifyNewWebAuthnDeviceRequestType:
    if value in VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_TYPE_VALUES!r}")
