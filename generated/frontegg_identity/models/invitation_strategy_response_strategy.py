from typing import Literal

InvitationStrategyResponseStrategy = Literal["code", "link"]

INVITATION_STRATEGY_RESPONSE_STRATEGY_VALUES: set[InvitationStrategyResponseStrategy] = {
    "code",
    "link",
}


def check_invitation_strategy_response_strategy(value: str) -> InvitationStrategyResponseStrategy:
    if value in INVITATION_STRATEGY_RESPONSE_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVITATION_STRATEGY_RESPONSE_STRATEGY_VALUES!r}")
