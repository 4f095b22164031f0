from typing import Literal

WebAuthnCredentialRequestOptionsUserVerification = Literal["discouraged", "preferred", "required"]

WEB_AUTHN_CREDENTIAL_REQUEST_OPTIONS_USER_VERIFICATION_VALUES: set[WebAuthnCredentialRequestOptionsUserVerification] = {
    "discouraged",
    "preferred",
    "required",
}


def check_web_authn_credential_request_options_user_verification(
    value: str,
) -> WebAuthnCredentialRequestOptionsUserVerification:
    if value in WEB_AUTHN_CREDENTIAL_REQUEST_OPTIONS_USER_VERIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_CREDENTIAL_REQUEST_OPTIONS_USER_VERIFICATION_VALUES!r}"
    )
