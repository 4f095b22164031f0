from typing import Literal

DomainRestrictionsResponseType = Literal["ALLOW", "BLOCK"]

DOMAIN_RESTRICTIONS_RESPONSE_TYPE_VALUES: set[DomainRestrictionsResponseType] = {
    "ALLOW",
    "BLOCK",
}


def check_domain_restrictions_response_type(value: str) -> DomainRestrictionsResponseType:
    if value in DOMAIN_RESTRICTIONS_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOMAIN_RESTRICTIONS_RESPONSE_TYPE_VALUES!r}")
