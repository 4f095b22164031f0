from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JwtTemplateTargetingRulesItemConditionsItemValue")

_JSON_KEYS = frozenset(
    {
        "list",
    }
)
"""The property names of JwtTemplateTargetingRulesItemConditionsItemValue in JSON; any other key goes to additional_properties."""


@_attrs_define
class JwtTemplateTargetingRulesItemConditionsItemValue:
    list_: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_: list[str] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        list_: list[str] | Unset = d.get("list", UNSET)

        jwt_template_targeting_rules_item_conditions_item_value = cls(
            list_,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            jwt_template_targeting_rules_item_conditions_item_value.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return jwt_template_targeting_rules_item_conditions_item_value

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
