from typing import Literal

DomainRestrictionsBulkRequestRequestType = Literal["ALLOW", "BLOCK"]

DOMAIN_RESTRICTIONS_BULK_REQUEST_REQUEST_TYPE_VALUES: set[DomainRestrictionsBulkRequestRequestType] = {
    "ALLOW",
    "BLOCK",
}


def check_domain_restrictions_bulk_request_request_type(value: str) -> DomainRestrictionsBulkRequestRequestType:
    if value in DOMAIN_RESTRICTIONS_BULK_REQUEST_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_RESTRICTIONS_BULK_REQUEST_REQUEST_TYPE_VALUES!r}"
    )
