from typing import Literal

VendorConfigRequestJwtAlgorithm = Literal["HS256", "RS256"]

VENDOR_CONFIG_REQUEST_JWT_ALGORITHM_VALUES: set[VendorConfigRequestJwtAlgorithm] = {
    "HS256",
    "RS256",
}


def check_vendor_config_request_jwt_algorithm(value: str) -> VendorConfigRequestJwtAlgorithm:
    if value in VENDOR_CONFIG_REQUEST_JWT_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_REQUEST_JWT_ALGORITHM_VALUES!r}")
