from typing import Literal

VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1 = Literal["cross-platform", "platform"]

VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_2_TYPE_1_VALUES: set[
    VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1
] = {
    "cross-platform",
    "platform",
}


def check_verify_new_web_authn_device_request_authenticator_attachment_type_2_type_1(
    value: str,
) -> VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1:
    if value in VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_2_TYPE_1_VALUES!r}"
    )
