from typing import Literal

WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification = Literal[
    "discouraged", "preferred", "required"
]

WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_USER_VERIFICATION_VALUES: set[
    WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification
] = {
    "discouraged",
    "preferred",
    "required",
}


def check_web_authn_credential_creation_options_authenticator_selection_user_verification(
    value: str,
) -> WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification:
    if value in WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_USER_VERIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_USER_VERIFICATION_VALUES!r}"
    )
