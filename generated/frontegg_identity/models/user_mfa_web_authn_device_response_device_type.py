from typing import Literal

UserMfaWebAuthnDeviceResponseDeviceType = Literal["CrossPlatform", "Platform"]

USER_MFA_WEB_AUTHN_DEVICE_RESPONSE_DEVICE_TYPE_VALUES: set[UserMfaWebAuthnDeviceResponseDeviceType] = {
    "CrossPlatform",
    "Platform",
}


def check_user_mfa_web_authn_device_response_device_type(value: str) -> UserMfaWebAuthnDeviceResponseDeviceType:
    if value in USER_MFA_WEB_AUTHN_DEVICE_RESPONSE_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_MFA_WEB_AUTHN_DEVICE_RESPONSE_DEVICE_TYPE_VALUES!r}"
    )
