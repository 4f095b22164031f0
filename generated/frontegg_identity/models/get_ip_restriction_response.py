from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_ip_restriction_response_strategy import (
    GetIpRestrictionResponseStrategy,
    check_get_ip_restriction_response_strategy,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="GetIpRestrictionResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "ip",
        "strategy",
        "isActive",
        "description",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of GetIpRestrictionResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetIpRestrictionResponse:
    id: str
    ip: str
    strategy: GetIpRestrictionResponseStrategy
    is_active: bool
    description: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip = self.ip

        strategy: str = self.strategy

        is_active = self.is_active

        description = self.description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ip": ip,
                "strategy": strategy,
                "isActive": is_active,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        ip = d["ip"]

        strategy = check_get_ip_restriction_response_strategy(d["strategy"])

        is_active = d["isActive"]

        description = d.get("description", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        get_ip_restriction_response = cls(
            id,
            ip,
            strategy,
            is_active,
            description,
            created_at,
            updated_at,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            get_ip_restriction_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_ip_restriction_response

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
