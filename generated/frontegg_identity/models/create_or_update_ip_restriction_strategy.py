from typing import Literal

CreateOrUpdateIpRestrictionStrategy = Literal["ALLOW", "BLOCK"]

CREATE_OR_UPDATE_IP_RESTRICTION_STRATEGY_VALUES: set[CreateOrUpdateIpRestrictionStrategy] = {
    "ALLOW",
    "BLOCK",
}


def check_create_or_update_ip_restriction_strategy(value: str) -> CreateOrUpdateIpRestrictionStrategy:
    if value in CREATE_OR_UPDATE_IP_RESTRICTION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_OR_UPDATE_IP_RESTRICTION_STRATEGY_VALUES!r}")
