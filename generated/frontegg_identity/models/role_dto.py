from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="RoleDto")

_JSON_KEYS = frozenset(
    {
        "id",
        "vendorId",
        "tenantId",
        "key",
        "name",
        "description",
        "isDefault",
        "firstUserRole",
        "level",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of RoleDto in JSON; any other key goes to additional_properties."""


@_attrs_define
class RoleDto:
    id: str
    vendor_id: str
    tenant_id: None | str
    key: str
    name: str
    description: str
    is_default: bool
    first_user_role: bool
    level: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        tenant_id: None | str
        tenant_id = self.tenant_id

        key = self.key

        name = self.name

        description = self.description

        is_default = self.is_default

        first_user_role = self.first_user_role

        level = self.level

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vendorId": vendor_id,
                "tenantId": tenant_id,
                "key": key,
                "name": name,
                "description": description,
                "isDefault": is_default,
                "firstUserRole": first_user_role,
                "level": level,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        vendor_id = d["vendorId"]

        tenant_id: None | str = d["tenantId"]

        key = d["key"]

        name = d["name"]

        description = d["description"]

        is_default = d["isDefault"]

        first_user_role = d["firstUserRole"]

        level = d["level"]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        role_dto = cls(
            id,
            vendor_id,
            tenant_id,
            key,
            name,
            description,
            is_default,
            first_user_role,
            level,
            created_at,
            updated_at,
        )

        if len(d) > 11 and not d.keys() <= _JSON_KEYS:
            role_dto.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return role_dto

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
