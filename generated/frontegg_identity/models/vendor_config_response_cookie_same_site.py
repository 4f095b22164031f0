from typing import Literal

VendorConfigResponseCookieSameSite = Literal["LAX", "NONE", "STRICT"]

VENDOR_CONFIG_RESPONSE_COOKIE_SAME_SITE_VALUES: set[VendorConfigResponseCookieSameSite] = {
    "LAX",
    "NONE",
    "STRICT",
}


def check_vendor_config_response_cookie_same_site(value: str) -> VendorConfigResponseCookieSameSite:
    if value in VENDOR_CONFIG_RESPONSE_COOKIE_SAME_SITE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_RESPONSE_COOKIE_SAME_SITE_VALUES!r}")
