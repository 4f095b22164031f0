from typing import Literal

UnpublishedPasswordRecoveryStrategyStrategy = Literal["email", "sms"]

UNPUBLISHED_PASSWORD_RECOVERY_STRATEGY_STRATEGY_VALUES: set[UnpublishedPasswordRecoveryStrategyStrategy] = {
    "email",
    "sms",
}


def check_unpublished_password_recovery_strategy_strategy(value: str) -> UnpublishedPasswordRecoveryStrategyStrategy:
    if value in UNPUBLISHED_PASSWORD_RECOVERY_STRATEGY_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNPUBLISHED_PASSWORD_RECOVERY_STRATEGY_STRATEGY_VALUES!r}"
    )
