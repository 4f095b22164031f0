from typing import Literal

VendorConfigRequestAuthStrategy = Literal["Code", "EmailAndPassword", "MagicLink", "NoLocalAuthentication", "SmsCode"]

VENDOR_CONFIG_REQUEST_AUTH_STRATEGY_VALUES: set[VendorConfigRequestAuthStrategy] = {
    "Code",
    "EmailAndPassword",
    "MagicLink",
    "NoLocalAuthentication",
    "SmsCode",
}


def check_vendor_config_request_auth_strategy(value: str) -> VendorConfigRequestAuthStrategy:
    if value in VENDOR_CONFIG_REQUEST_AUTH_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_REQUEST_AUTH_STRATEGY_VALUES!r}")
