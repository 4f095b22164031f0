from typing import Literal

MigrateUserRequestV1Provider = Literal[
    "apple", "facebook", "github", "google", "local", "microsoft", "saml", "scim2", "slack"
]

MIGRATE_USER_REQUEST_V1_PROVIDER_VALUES: set[MigrateUserRequestV1Provider] = {
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


def check_migrate_user_request_v1_provider(value: str) -> MigrateUserRequestV1Provider:
    if value in MIGRATE_USER_REQUEST_V1_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIGRATE_USER_REQUEST_V1_PROVIDER_VALUES!r}")
