from typing import Literal

VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1 = Literal["cross-platform", "platform"]

VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_1_VALUES: set[
    VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1
] = {
    "cross-platform",
    "platform",
}


def check_verify_new_web_authn_device_request_authenticator_attachment_type_1(
    value: str,
) -> VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1:
    if value in VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_1_VALUES!r}"
    )
