from typing import Literal

CreateOrUpdateIpRestrictionConfigStrategy = Literal["ALLOW", "BLOCK"]

CREATE_OR_UPDATE_IP_RESTRICTION_CONFIG_STRATEGY_VALUES: set[CreateOrUpdateIpRestrictionConfigStrategy] = {
    "ALLOW",
    "BLOCK",
}


def check_create_or_update_ip_restriction_config_strategy(value: str) -> CreateOrUpdateIpRestrictionConfigStrategy:
    if value in CREATE_OR_UPDATE_IP_RESTRICTION_CONFIG_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OR_UPDATE_IP_RESTRICTION_CONFIG_STRATEGY_VALUES!r}"
    )
