from typing import Literal

PasskeyLoginRequestAuthenticatorAttachmentType3Type1 = Literal["cross-platform", "platform"]

PASSKEY_LOGIN_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES: set[
    PasskeyLoginRequestAuthenticatorAttachmentType3Type1
] = {
    "cross-platform",
    "platform",
}


def check_passkey_login_request_authenticator_attachment_type_3_type_1(
    value: str,
) -> PasskeyLoginRequestAuthenticatorAttachmentType3Type1:
    if value in PASSKEY_LOGIN_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSKEY_LOGIN_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_3_TYPE_1_VALUES!r}"
    )
