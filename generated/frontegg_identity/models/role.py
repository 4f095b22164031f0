from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="Role")

_JSON_KEYS = frozenset(
    {
        "id",
        "key",
        "name",
        "description",
        "isDefault",
        "level",
        "createdAt",
    }
)
"""The property names of Role in JSON; any other key goes to additional_properties."""


@_attrs_define
class Role:
    id: str
    key: str
    name: str
    description: str
    is_default: bool
    level: float
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        name = self.name

        description = self.description

        is_default = self.is_default

        level = self.level

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "name": name,
                "description": description,
                "isDefault": is_default,
                "level": level,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        key = d["key"]

        name = d["name"]

        description = d["description"]

        is_default = d["isDefault"]

        level = d["level"]

        created_at = parse_datetime(d["createdAt"])

        role = cls(
            id,
            key,
            name,
            description,
            is_default,
            level,
            created_at,
        )

        if len(d) > 7 and not d.keys() <= _JSON_KEYS:
            role.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return role

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
