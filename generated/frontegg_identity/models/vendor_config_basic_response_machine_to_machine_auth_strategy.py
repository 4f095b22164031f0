from typing import Literal

VendorConfigBasicResponseMachineToMachineAuthStrategy = Literal["AccessToken", "ClientCredentials"]

VENDOR_CONFIG_BASIC_RESPONSE_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES: set[
    VendorConfigBasicResponseMachineToMachineAuthStrategy
] = {
    "AccessToken",
    "ClientCredentials",
}


def check_vendor_config_basic_response_machine_to_machine_auth_strategy(
    value: str,
) -> VendorConfigBasicResponseMachineToMachineAuthStrategy:
    if value in VENDOR_CONFIG_BASIC_RESPONSE_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_BASIC_RESPONSE_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES!r}"
    )
