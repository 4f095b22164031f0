from typing import Literal

UserBulkInviteRequestProvider = Literal[
    "apple", "facebook", "github", "google", "local", "microsoft", "saml", "scim2", "slack"
]

USER_BULK_INVITE_REQUEST_PROVIDER_VALUES: set[UserBulkInviteRequestProvider] = {
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


def check_user_bulk_invite_request_provider(value: str) -> UserBulkInviteRequestProvider:
    if value in USER_BULK_INVITE_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_BULK_INVITE_REQUEST_PROVIDER_VALUES!r}")
