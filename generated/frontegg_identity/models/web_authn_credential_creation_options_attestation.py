from typing import Literal

WebAuthnCredentialCreationOptionsAttestation = Literal["direct", "enterprise", "indirect", "none"]

WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_ATTESTATION_VALUES: set[WebAuthnCredentialCreationOptionsAttestation] = {
    "direct",
    "enterprise",
    "indirect",
    "none",
}


def check_web_authn_credential_creation_options_attestation(value: str) -> WebAuthnCredentialCreationOptionsAttestation:
    if value in WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_ATTESTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_ATTESTATION_VALUES!r}"
    )
