from typing import Literal

DomainRestrictionsConfigUpdateRequestType = Literal["ALLOW", "BLOCK"]

DOMAIN_RESTRICTIONS_CONFIG_UPDATE_REQUEST_TYPE_VALUES: set[DomainRestrictionsConfigUpdateRequestType] = {
    "ALLOW",
    "BLOCK",
}


def check_domain_restrictions_config_update_request_type(value: str) -> DomainRestrictionsConfigUpdateRequestType:
    if value in DOMAIN_RESTRICTIONS_CONFIG_UPDATE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_RESTRICTIONS_CONFIG_UPDATE_REQUEST_TYPE_VALUES!r}"
    )
