from typing import Literal

VendorConfigRequestCookieSameSite = Literal["LAX", "NONE", "STRICT"]

VENDOR_CONFIG_REQUEST_COOKIE_SAME_SITE_VALUES: set[VendorConfigRequestCookieSameSite] = {
    "LAX",
    "NONE",
    "STRICT",
}


def check_vendor_config_request_cookie_same_site(value: str) -> VendorConfigRequestCookieSameSite:
    if value in VENDOR_CONFIG_REQUEST_COOKIE_SAME_SITE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_REQUEST_COOKIE_SAME_SITE_VALUES!r}")
