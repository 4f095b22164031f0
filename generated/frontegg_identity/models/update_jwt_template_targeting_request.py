from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateJwtTemplateTargetingRequest")

_JSON_KEYS = frozenset(
    {
        "rules",
    }
)
"""The property names of UpdateJwtTemplateTargetingRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateJwtTemplateTargetingRequest:
    rules: list[IdentityRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _rules = d.get("rules", UNSET)
        rules: list[IdentityRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = [IdentityRule.from_dict(rules_item_data) for rules_item_data in _rules]

        update_jwt_template_targeting_request = cls(
            rules,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_jwt_template_targeting_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return update_jwt_template_targeting_request

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


# Imported after UpdateJwtTemplateTargetingRequest is defined so that models referring to each other import in any order.
from ..models.identity_rule import IdentityRule  # noqa: E402
