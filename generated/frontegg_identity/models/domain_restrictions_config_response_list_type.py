from typing import Literal

DomainRestrictionsConfigResponseListType = Literal["ALLOW", "BLOCK"]

DOMAIN_RESTRICTIONS_CONFIG_RESPONSE_LIST_TYPE_VALUES: set[DomainRestrictionsConfigResponseListType] = {
    "ALLOW",
    "BLOCK",
}


def check_domain_restrictions_config_response_list_type(value: str) -> DomainRestrictionsConfigResponseListType:
    if value in DOMAIN_RESTRICTIONS_CONFIG_RESPONSE_LIST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_RESTRICTIONS_CONFIG_RESPONSE_LIST_TYPE_VALUES!r}"
    )
