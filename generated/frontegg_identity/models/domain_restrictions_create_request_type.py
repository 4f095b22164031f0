from typing import Literal

DomainRestrictionsCreateRequestType = Literal["ALLOW", "BLOCK"]

DOMAIN_RESTRICTIONS_CREATE_REQUEST_TYPE_VALUES: set[DomainRestrictionsCreateRequestType] = {
    "ALLOW",
    "BLOCK",
}


def check_domain_restrictions_create_request_type(value: str) -> DomainRestrictionsCreateRequestType:
    if value in DOMAIN_RESTRICTIONS_CREATE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOMAIN_RESTRICTIONS_CREATE_REQUEST_TYPE_VALUES!r}")
