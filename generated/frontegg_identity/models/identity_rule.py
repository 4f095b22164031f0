from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_rule_condition_logic import IdentityRuleConditionLogic, check_identity_rule_condition_logic

T = TypeVar("T", bound="IdentityRule")

_JSON_KEYS = frozenset(
    {
        "conditionLogic",
        "conditions",
        "treatment",
    }
)
"""The property names of IdentityRule in JSON; any other key goes to additional_properties."""


@_attrs_define
class IdentityRule:
    condition_logic: IdentityRuleConditionLogic
    conditions: list[IdentityCondition]
    treatment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_logic: str = self.condition_logic

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        treatment = self.treatment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionLogic": condition_logic,
                "conditions": conditions,
                "treatment": treatment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        condition_logic = check_identity_rule_condition_logic(d["conditionLogic"])

        conditions = [IdentityCondition.from_dict(conditions_item_data) for conditions_item_data in d["conditions"]]

        treatment = d["treatment"]

        identity_rule = cls(
            condition_logic,
            conditions,
            treatment,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            identity_rule.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return identity_rule

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after IdentityRule is defined so that models referring to each other import in any order.
from ..models.identity_condition import IdentityCondition  # noqa: E402
