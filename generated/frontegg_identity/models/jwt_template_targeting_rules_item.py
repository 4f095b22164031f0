from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JwtTemplateTargetingRulesItem")

_JSON_KEYS = frozenset(
    {
        "treatment",
        "conditions",
        "conditionLogic",
    }
)
"""The property names of JwtTemplateTargetingRulesItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class JwtTemplateTargetingRulesItem:
    treatment: str
    """ The key of the JWT template the rule applies. """
    conditions: list[JwtTemplateTargetingRulesItemConditionsItem]
    condition_logic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        treatment = self.treatment

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        condition_logic = self.condition_logic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "treatment": treatment,
                "conditions": conditions,
            }
        )
        if condition_logic is not UNSET:
            field_dict["conditionLogic"] = condition_logic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        treatment = d["treatment"]

        conditions = [
            JwtTemplateTargetingRulesItemConditionsItem.from_dict(conditions_item_data)
            for conditions_item_data in d["conditions"]
        ]

        condition_logic = d.get("conditionLogic", UNSET)

        jwt_template_targeting_rules_item = cls(
            treatment,
            conditions,
            condition_logic,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            jwt_template_targeting_rules_item.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return jwt_template_targeting_rules_item

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


# Imported after JwtTemplateTargetingRulesItem is defined so that models referring to each other import in any order.
from ..models.jwt_template_targeting_rules_item_conditions_item import JwtTemplateTargetingRulesItemConditionsItem  # noqa: E402
