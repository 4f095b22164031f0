from typing import Literal

VendorConfigResponseAuthStrategy = Literal[
    "Code",
    "EmailAndPassword",
    "MagicLink",
    "NoLocalAuthentication",
    "SmsCode",
    "UsernameAndCode",
    "UsernameAndMagicLink",
    "UsernameAndPassword",
    "UsernameAndSms",
]

VENDOR_CONFIG_RESPONSE_AUTH_STRATEGY_VALUES: set[VendorConfigResponseAuthStrategy] = {
    "Code",
    "EmailAndPassword",
    "MagicLink",
    "NoLocalAuthentication",
    "SmsCode",
    "UsernameAndCode",
    "UsernameAndMagicLink",
    "UsernameAndPassword",
    "UsernameAndSms",
}


def check_vendor_config_response_auth_strategy(value: str) -> VendorConfigResponseAuthStrategy:
    if value in VENDOR_CONFIG_RESPONSE_AUTH_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_RESPONSE_AUTH_STRATEGY_VALUES!r}")
