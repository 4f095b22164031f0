from typing import Literal

SignUpUserEmailProvider = Literal[
    "apple", "facebook", "github", "google", "local", "microsoft", "saml", "scim2", "slack"
]

SIGN_UP_USER_EMAIL_PROVIDER_VALUES: set[SignUpUserEmailProvider] = {
    "apple",
    "facebook",
    "github",
    "google",
    "local",
    "microsoft",
    "saml",
    "scim2",
    "slack",
}


def check_sign_up_user_email_provider(value: str) -> SignUpUserEmailProvider:
    if value in SIGN_UP_USER_EMAIL_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGN_UP_USER_EMAIL_PROVIDER_VALUES!r}")
