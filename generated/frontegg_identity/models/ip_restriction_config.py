from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_restriction_config_strategy import IpRestrictionConfigStrategy, check_ip_restriction_config_strategy

T = TypeVar("T", bound="IpRestrictionConfig")

_JSON_KEYS = frozenset(
    {
        "strategy",
        "isActive",
    }
)
"""The property names of IpRestrictionConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class IpRestrictionConfig:
    strategy: IpRestrictionConfigStrategy
    is_active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str = self.strategy

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "isActive": is_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        strategy = check_ip_restriction_config_strategy(d["strategy"])

        is_active = d["isActive"]

        ip_restriction_config = cls(
            strategy,
            is_active,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            ip_restriction_config.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return ip_restriction_config

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
