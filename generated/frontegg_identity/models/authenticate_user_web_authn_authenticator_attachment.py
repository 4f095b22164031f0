from typing import Literal

AuthenticateUserWebAuthnAuthenticatorAttachment = Literal["cross-platform", "platform"]

AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_VALUES: set[AuthenticateUserWebAuthnAuthenticatorAttachment] = {
    "cross-platform",
    "platform",
}


def check_authenticate_user_web_authn_authenticator_attachment(
    value: str,
) -> AuthenticateUserWebAuthnAuthenticatorAttachment:
    if value in AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHENTICATE_USER_WEB_AUTHN_AUTHENTICATOR_ATTACHMENT_VALUES!r}"
    )
