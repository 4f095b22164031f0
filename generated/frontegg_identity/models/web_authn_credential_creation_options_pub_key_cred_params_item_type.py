from typing import Literal

WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType = Literal["public-key"]

WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_PUB_KEY_CRED_PARAMS_ITEM_TYPE_VALUES: set[
    WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType
] = {
    "public-key",
}


def check_web_authn_credential_creation_options_pub_key_cred_params_item_type(
    value: str,
) -> WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType:
    if value in WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_PUB_KEY_CRED_PARAMS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_CREDENTIAL_CREATION_OPTIONS_PUB_KEY_CRED_PARAMS_ITEM_TYPE_VALUES!r}"
    )
