from typing import Literal

VerifyNewWebAuthnDeviceRequestDeviceType = Literal["CrossPlatform", "Platform"]

VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_DEVICE_TYPE_VALUES: set[VerifyNewWebAuthnDeviceRequestDeviceType] = {
    "CrossPlatform",
    "Platform",
}


def check_verify_new_web_authn_device_request_device_type(value: str) -> VerifyNewWebAuthnDeviceRequestDeviceType:
    if value in VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_DEVICE_TYPE_VALUES!r}"
    )
