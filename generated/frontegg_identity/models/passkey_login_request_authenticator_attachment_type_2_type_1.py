from typing import Literal

PasskeyLoginRequestAuthenticatorAttachmentType2Type1 = Literal["cross-platform", "platform"]

PASSKEY_LOGIN_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_2_TYPE_1_VALUES: set[
    PasskeyLoginRequestAuthenticatorAttachmentType2Type1
] = {
    "cross-platform",
    "platform",
}


def check_passkey_login_request_authenticator_attachment_type_2_type_1(
    value: str,
) -> PasskeyLoginRequestAuthenticatorAttachmentType2Type1:
    if value in PASSKEY_LOGIN_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSKEY_LOGIN_REQUEST_AUTHENTICATOR_ATTACHMENT_TYPE_2_TYPE_1_VALUES!r}"
    )
