from typing import Literal

ActivationStrategyResponseStrategy = Literal["code", "link"]

ACTIVATION_STRATEGY_RESPONSE_STRATEGY_VALUES: set[ActivationStrategyResponseStrategy] = {
    "code",
    "link",
}


def check_activation_strategy_response_strategy(value: str) -> ActivationStrategyResponseStrategy:
    if value in ACTIVATION_STRATEGY_RESPONSE_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVATION_STRATEGY_RESPONSE_STRATEGY_VALUES!r}")
