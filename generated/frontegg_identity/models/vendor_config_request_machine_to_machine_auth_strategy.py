from typing import Literal

VendorConfigRequestMachineToMachineAuthStrategy = Literal["AccessToken", "ClientCredentials"]

VENDOR_CONFIG_REQUEST_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES: set[VendorConfigRequestMachineToMachineAuthStrategy] = {
    "AccessToken",
    "ClientCredentials",
}


def check_vendor_config_request_machine_to_machine_auth_strategy(
    value: str,
) -> VendorConfigRequestMachineToMachineAuthStrategy:
    if value in VENDOR_CONFIG_REQUEST_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VENDOR_CONFIG_REQUEST_MACHINE_TO_MACHINE_AUTH_STRATEGY_VALUES!r}"
    )
