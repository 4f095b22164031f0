from typing import Literal

VendorConfigResponseJwtAlgorithm = Literal["HS256", "RS256"]

VENDOR_CONFIG_RESPONSE_JWT_ALGORITHM_VALUES: set[VendorConfigResponseJwtAlgorithm] = {
    "HS256",
    "RS256",
}


def check_vendor_config_response_jwt_algorithm(value: str) -> VendorConfigResponseJwtAlgorithm:
    if value in VENDOR_CONFIG_RESPONSE_JWT_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_RESPONSE_JWT_ALGORITHM_VALUES!r}")
