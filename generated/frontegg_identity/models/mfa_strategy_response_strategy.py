from typing import Literal

MfaStrategyResponseStrategy = Literal[
    "AuthenticatorApp", "EmailCode", "SMS", "WebAuthnCrossPlatform", "WebAuthnPlatform"
]

MFA_STRATEGY_RESPONSE_STRATEGY_VALUES: set[MfaStrategyResponseStrategy] = {
    "AuthenticatorApp",
    "EmailCode",
    "SMS",
    "WebAuthnCrossPlatform",
    "WebAuthnPlatform",
}


def check_mfa_strategy_response_strategy(value: str) -> MfaStrategyResponseStrategy:
    if value in MFA_STRATEGY_RESPONSE_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MFA_STRATEGY_RESPONSE_STRATEGY_VALUES!r}")
