from typing import Literal

IpRestrictionConfigStrategy = Literal["ALLOW", "BLOCK"]

IP_RESTRICTION_CONFIG_STRATEGY_VALUES: set[IpRestrictionConfigStrategy] = {
    "ALLOW",
    "BLOCK",
}


def check_ip_restriction_config_strategy(value: str) -> IpRestrictionConfigStrategy:
    if value in IP_RESTRICTION_CONFIG_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IP_RESTRICTION_CONFIG_STRATEGY_VALUES!r}")
