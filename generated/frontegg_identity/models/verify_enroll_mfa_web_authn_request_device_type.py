from typing import Literal

VerifyEnrollMfaWebAuthnRequestDeviceType = Literal["CrossPlatform", "Platform"]

VERIFY_ENROLL_MFA_WEB_AUTHN_REQUEST_DEVICE_TYPE_VALUES: set[VerifyEnrollMfaWebAuthnRequestDeviceType] = {
    "CrossPlatform",
    "Platform",
}


def check_verify_enroll_mfa_web_authn_request_device_type(value: str) -> VerifyEnrollMfaWebAuthnRequestDeviceType:
    if value in VERIFY_ENROLL_MFA_WEB_AUTHN_REQUEST_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_ENROLL_MFA_WEB_AUTHN_REQUEST_DEVICE_TYPE_VALUES!r}"
    )
