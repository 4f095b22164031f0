from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_or_update_ip_restriction_config_strategy import (
    CreateOrUpdateIpRestrictionConfigStrategy,
    check_create_or_update_ip_restriction_config_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrUpdateIpRestrictionConfig")

_JSON_KEYS = frozenset(
    {
        "strategy",
        "isActive",
    }
)
"""The property names of CreateOrUpdateIpRestrictionConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateOrUpdateIpRestrictionConfig:
    strategy: CreateOrUpdateIpRestrictionConfigStrategy | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _strategy = d.get("strategy", UNSET)
        strategy: CreateOrUpdateIpRestrictionConfigStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_create_or_update_ip_restriction_config_strategy(_strategy)

        is_active = d.get("isActive", UNSET)

        create_or_update_ip_restriction_config = cls(
            strategy,
            is_active,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_or_update_ip_restriction_config.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_or_update_ip_restriction_config

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
