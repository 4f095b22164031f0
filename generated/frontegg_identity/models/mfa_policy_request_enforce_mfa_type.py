from typing import Literal

MfaPolicyRequestEnforceMFAType = Literal["DontForce", "Force", "ForceExceptSAML"]

MFA_POLICY_REQUEST_ENFORCE_MFA_TYPE_VALUES: set[MfaPolicyRequestEnforceMFAType] = {
    "DontForce",
    "Force",
    "ForceExceptSAML",
}


def check_mfa_policy_request_enforce_mfa_type(value: str) -> MfaPolicyRequestEnforceMFAType:
    if value in MFA_POLICY_REQUEST_ENFORCE_MFA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MFA_POLICY_REQUEST_ENFORCE_MFA_TYPE_VALUES!r}")
