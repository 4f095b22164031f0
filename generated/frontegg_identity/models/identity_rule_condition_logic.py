from typing import Literal

IdentityRuleConditionLogic = Literal["and"]

IDENTITY_RULE_CONDITION_LOGIC_VALUES: set[IdentityRuleConditionLogic] = {
    "and",
}


def check_identity_rule_condition_logic(value: str) -> IdentityRuleConditionLogic:
    if value in IDENTITY_RULE_CONDITION_LOGIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IDENTITY_RULE_CONDITION_LOGIC_VALUES!r}")
