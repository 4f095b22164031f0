from typing import Literal

VendorConfigResponseMachineToMachineAuthStrategy = Literal["AccessToken", "ClientCredentials"]

VENDOR_CONFIG_RESPONSE_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES: set[
    VendorConfigResponseMachineToMachineAuthStrategy
] = {
    "AccessToken",
    "ClientCredentials",
}


def check_vendor_config_response_machine_to_machine_auth_strategy(
    value: str,
) -> VendorConfigResponseMachineToMachineAuthStrategy:
    if value in VENDOR_CONFIG_RESPONSE_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_RESPONSE_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES!r}"
    )
