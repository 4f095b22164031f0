from typing import Literal

CreateUserProvider = Literal["apple", "facebook", "github", "google", "local", "microsoft", "saml", "scim2", "slack"]

CREATE_USER_PROVIDER_VALUES: set[CreateUserProvider] = {
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


def check_create_user_provider(value: str) -> CreateUserProvider:
    if value in CREATE_USER_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_USER_PROVIDER_VALUES!r}")
