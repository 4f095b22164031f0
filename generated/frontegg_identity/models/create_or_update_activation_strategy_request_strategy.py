from typing import Literal

CreateOrUpdateActivationStrategyRequestStrategy = Literal["code", "link"]

CREATE_OR_UPDATE_ACTIVATION_STRATEGY_REQUEST_STRATEGY_VALUES: set[CreateOrUpdateActivationStrategyRequestStrategy] = {
    "code",
    "link",
}


def check_create_or_update_activation_strategy_request_strategy(
    value: str,
) -> CreateOrUpdateActivationStrategyRequestStrategy:
    if value in CREATE_OR_UPDATE_ACTIVATION_STRATEGY_REQUEST_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OR_UPDATE_ACTIVATION_STRATEGY_REQUEST_STRATEGY_VALUES!r}"
    )
