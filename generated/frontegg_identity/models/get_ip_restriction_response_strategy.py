from typing import Literal

GetIpRestrictionResponseStrategy = Literal["ALLOW", "BLOCK"]

GET_IP_RESTRICTION_RESPONSE_STRATEGY_VALUES: set[GetIpRestrictionResponseStrategy] = {
    "ALLOW",
    "BLOCK",
}


def check_get_ip_restriction_response_strategy(value: str) -> GetIpRestrictionResponseStrategy:
    if value in GET_IP_RESTRICTION_RESPONSE_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_IP_RESTRICTION_RESPONSE_STRATEGY_VALUES!r}")
