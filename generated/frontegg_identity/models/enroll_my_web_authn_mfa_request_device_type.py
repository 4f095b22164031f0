from typing import Literal

EnrollMyWebAuthnMfaRequestDeviceType = Literal["CrossPlatform", "Platform"]

ENROLL_MY_WEB_AUTHN_MFA_REQUEST_DEVICE_TYPE_VALUES: set[EnrollMyWebAuthnMfaRequestDeviceType] = {
    "CrossPlatform",
    "Platform",
}


def check_enroll_my_web_authn_mfa_request_device_type(value: str) -> EnrollMyWebAuthnMfaRequestDeviceType:
    if value in ENROLL_MY_WEB_AUTHN_MFA_REQUEST_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENROLL_MY_WEB_AUTHN_MFA_REQUEST_DEVICE_TYPE_VALUES!r}"
    )
