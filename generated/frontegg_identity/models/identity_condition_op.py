from typing import Literal

IdentityConditionOp = Literal["contains", "ends_with", "in_list"]

IDENTITY_CONDITION_OP_VALUES: set[IdentityConditionOp] = {
    "contains",
    "ends_with",
    "in_list",
}


def check_identity_condition_op(value: str) -> IdentityConditionOp:
    if value in IDENTITY_CONDITION_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IDENTITY_CONDITION_OP_VALUES!r}")
