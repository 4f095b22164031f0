from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

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
        "vendorId",
        "tenantId",
        "permissions",
        "updatedAt",
        "firstUserRole",
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
    vendor_id: str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    first_user_role: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        name = self.name

        description = self.description

        is_default = self.is_default

        level = self.level

        created_at = self.created_at.isoformat()

        vendor_id = self.vendor_id

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        first_user_role = self.first_user_role

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
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if first_user_role is not UNSET:
            field_dict["firstUserRole"] = first_user_role

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

        vendor_id = d.get("vendorId", UNSET)

        tenant_id: None | str | Unset = d.get("tenantId", UNSET)

        permissions: list[str] | Unset = d.get("permissions", UNSET)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        first_user_role = d.get("firstUserRole", UNSET)

        role = cls(
            id,
            key,
            name,
            description,
            is_default,
            level,
            created_at,
            vendor_id,
            tenant_id,
            permissions,
            updated_at,
            first_user_role,
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
