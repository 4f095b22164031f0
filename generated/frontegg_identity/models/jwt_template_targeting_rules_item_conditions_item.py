from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JwtTemplateTargetingRulesItemConditionsItem")

_JSON_KEYS = frozenset(
    {
        "attribute",
        "op",
        "value",
        "negate",
    }
)
"""The property names of JwtTemplateTargetingRulesItemConditionsItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class JwtTemplateTargetingRulesItemConditionsItem:
    attribute: str | Unset = UNSET
    op: str | Unset = UNSET
    value: JwtTemplateTargetingRulesItemConditionsItemValue | Unset = UNSET
    negate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        op = self.op

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        negate = self.negate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if op is not UNSET:
            field_dict["op"] = op
        if value is not UNSET:
            field_dict["value"] = value
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attribute = d.get("attribute", UNSET)

        op = d.get("op", UNSET)

        _value = d.get("value", UNSET)
        value: JwtTemplateTargetingRulesItemConditionsItemValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = JwtTemplateTargetingRulesItemConditionsItemValue.from_dict(_value)

        negate = d.get("negate", UNSET)

        jwt_template_targeting_rules_item_conditions_item = cls(
            attribute,
            op,
            value,
            negate,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            jwt_template_targeting_rules_item_conditions_item.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return jwt_template_targeting_rules_item_conditions_item

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


# Imported after JwtTemplateTargetingRulesItemConditionsItem is defined so that models referring to each other import in any order.
from ..models.jwt_template_targeting_rules_item_conditions_item_value import (
    JwtTemplateTargetingRulesItemConditionsItemValue,  # noqa: E402
)
