from typing import Literal

CreateOrUpdateMfaStrategyRequestStrategy = Literal[
    "AuthenticatorApp", "EmailCode", "SMS", "WebAuthnCrossPlatform", "WebAuthnPlatform"
]

CREATE_OR_UPDATE_MFA_STRATEGY_REQUEST_STRATEGY_VALUES: set[CreateOrUpdateMfaStrategyRequestStrategy] = {
    "AuthenticatorApp",
    "EmailCode",
    "SMS",
    "WebAuthnCrossPlatform",
    "WebAuthnPlatform",
}


def check_create_or_update_mfa_strategy_request_strategy(value: str) -> CreateOrUpdateMfaStrategyRequestStrategy:
    if value in CREATE_OR_UPDATE_MFA_STRATEGY_REQUEST_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OR_UPDATE_MFA_STRATEGY_REQUEST_STRATEGY_VALUES!r}"
    )
