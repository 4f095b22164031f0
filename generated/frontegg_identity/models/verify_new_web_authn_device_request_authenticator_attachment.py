from typing import Literal

VerifyNewWebAuthnDeviceRequestAuthenticatorAttachment = Literal["cross-platform", "platform"]

VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_VALUES: set[
    VerifyNewWebAuthnDeviceRequestAuthenticatorAttachment
] = {
    "cross-platform",
    "platform",
}


def check_verify_new_web_authn_device_request_authenticator_attachment(
    value: str,
) -> VerifyNewWebAuthnDeviceRequestAuthenticatorAttachment:
    if value in VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_NEW_WEB_AUTHN_DEVICE_REQUEST_AUTHENTICATOR_ATTACHMENT_VALUES!r}"
    )
