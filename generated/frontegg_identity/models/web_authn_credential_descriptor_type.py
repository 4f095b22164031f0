from typing import Literal

WebAuthnCredentialDescriptorType = Literal["public-key"]

WEB_AUTHN_CREDENTIAL_DESCRIPTOR_TYPE_VALUES: set[WebAuthnCredentialDescriptorType] = {
    "public-key",
}


def check_web_authn_credential_descriptor_type(value: str) -> WebAuthnCredentialDescriptorType:
    if value in WEB_AUTHN_CREDENTIAL_DESCRIPTOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_CREDENTIAL_DESCRIPTOR_TYPE_VALUES!r}")
