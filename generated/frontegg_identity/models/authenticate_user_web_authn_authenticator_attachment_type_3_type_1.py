from typing import Literal

AuthenticateUserWebAuthnAuthenticatorAttachmentType3Type1 = Literal["cross-platform", "platform"]

AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES: set[
    AuthenticateUserWebAuthnAuthenticatorAttachmentType3Type1
] = {
    "cross-platform",
    "platform",
}


def check_authenticate_user_web_authn_authenticator_attachment_type_3_type_1(
    value: str,
) -> AuthenticateUserWebAuthnAuthenticatorAttachmentType3Type1:
    if value in AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES!r}"
    )
