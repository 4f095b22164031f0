from typing import Literal

SignUpUserUsernameProvider = Literal[
    "apple", "facebook", "github", "google", "local", "microsoft", "saml", "scim2", "slack"
]

SIGN_UP_USER_USERNAME_PROVIDER_VALUES: set[SignUpUserUsernameProvider] = {
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


def check_sign_up_user_username_provider(value: str) -> SignUpUserUsernameProvider:
    if value in SIGN_UP_USER_USERNAME_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGN_UP_USER_USERNAME_PROVIDER_VALUES!r}")
