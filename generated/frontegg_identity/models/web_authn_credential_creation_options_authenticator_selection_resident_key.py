from typing import Literal

WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey = Literal["discouraged", "preferred", "required"]

WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_RESIDENT_KEY_VALUES: set[
    WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey
] = {
    "discouraged",
    "preferred",
    "required",
}


def check_web_authn_credential_creation_options_authenticator_selection_resident_key(
    value: str,
) -> WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey:
    if value in WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_RESIDENT_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_RESIDENT_KEY_VALUES!r}"
    )
