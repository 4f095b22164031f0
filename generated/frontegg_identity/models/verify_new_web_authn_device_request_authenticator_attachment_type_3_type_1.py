from typing import Literal

VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1 = Literal["cross-platform", "platform"]

VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES: set[
    VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1
] = {
    "cross-platform",
    "platform",
}


def check_verify_new_web_authn_device_request_authenticator_attachment_type_3_type_1(
    value: str,
) -> VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1:
    if value in VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES!r}"
    )
