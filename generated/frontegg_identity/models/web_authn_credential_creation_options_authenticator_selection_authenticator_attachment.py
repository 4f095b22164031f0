from typing import Literal

WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment = Literal["cross-platform", "platform"]

WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_AUTHENTICATOR_ATTACHMENT_VALUES: set[
    WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment
] = {
    "cross-platform",
    "platform",
}


def check_web_authn_credential_creation_options_authenticator_selection_authenticator_attachment(
    value: str,
) -> WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment:
    if value in WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_AUTHENTICATOR_ATTACHMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_AUTHENTICATOR_SELECTION_AUTHENTICATOR_ATTACHMENT_VALUES!r}"
    )
