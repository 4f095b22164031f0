from typing import Literal

MigrateUserRequestV2Provider = Literal[
    "apple", "facebook", "github", "google", "local", "microsoft", "saml", "scim2", "slack"
]

MIGRATE_USER_REQUEST_V2_PROVIDER_VALUES: set[MigrateUserRequestV2Provider] = {
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


def check_migrate_user_request_v2_provider(value: str) -> MigrateUserRequestV2Provider:
    if value in MIGRATE_USER_REQUEST_V2_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIGRATE_USER_REQUEST_V2_PROVIDER_VALUES!r}")
