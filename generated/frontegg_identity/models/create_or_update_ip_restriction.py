from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_or_update_ip_restriction_strategy import (
    CreateOrUpdateIpRestrictionStrategy,
    check_create_or_update_ip_restriction_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrUpdateIpRestriction")

_JSON_KEYS = frozenset(
    {
        "ip",
        "strategy",
        "description",
        "isActive",
    }
)
"""The property names of CreateOrUpdateIpRestriction in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateOrUpdateIpRestriction:
    ip: str
    strategy: CreateOrUpdateIpRestrictionStrategy
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        strategy: str = self.strategy

        description = self.description

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
                "strategy": strategy,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ip = d["ip"]

        strategy = check_create_or_update_ip_restriction_strategy(d["strategy"])

        description = d.get("description", UNSET)

        is_active = d.get("isActive", UNSET)

        create_or_update_ip_restriction = cls(
            ip,
            strategy,
            description,
            is_active,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            create_or_update_ip_restriction.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_or_update_ip_restriction

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
