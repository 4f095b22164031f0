from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JwtTemplateTargeting")

_JSON_KEYS = frozenset(
    {
        "rules",
    }
)
"""The property names of JwtTemplateTargeting in JSON; any other key goes to additional_properties."""


@_attrs_define
class JwtTemplateTargeting:
    rules: list[JwtTemplateTargetingRulesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rules = [JwtTemplateTargetingRulesItem.from_dict(rules_item_data) for rules_item_data in d["rules"]]

        jwt_template_targeting = cls(
            rules,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            jwt_template_targeting.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return jwt_template_targeting

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


# Imported after JwtTemplateTargeting is defined so that models referring to each other import in any order.
from ..models.jwt_template_targeting_rules_item import JwtTemplateTargetingRulesItem  # noqa: E402
