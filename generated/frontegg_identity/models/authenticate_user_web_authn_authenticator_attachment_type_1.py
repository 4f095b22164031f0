from typing import Literal

AuthenticateUserWebAuthnAuthenticatorAttachmentType1 = Literal["cross-platform", "platform"]

AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_TYPE_1_VALUES: set[
    AuthenticateUserWebAuthnAuthenticatorAttachmentType1
] = {
    "cross-platform",
    "platform",
}


def check_authenticate_user_web_authn_authenticator_attachment_type_1(
    value: str,
) -> AuthenticateUserWebAuthnAuthenticatorAttachmentType1:
    if value in AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_TYPE_1_VALUES!r}"
    )
