from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="PermissionResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "key",
        "name",
        "description",
        "createdAt",
        "updatedAt",
        "roleIds",
        "categoryId",
        "fePermission",
    }
)
"""The property names of PermissionResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class PermissionResponse:
    id: str
    key: str
    name: str
    description: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    role_ids: list[str]
    category_id: str
    fe_permission: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        name = self.name

        description = self.description

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        role_ids = self.role_ids

        category_id = self.category_id

        fe_permission = self.fe_permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "name": name,
                "description": description,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "roleIds": role_ids,
                "categoryId": category_id,
                "fePermission": fe_permission,
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

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        role_ids: list[str] = d["roleIds"]

        category_id = d["categoryId"]

        fe_permission = d["fePermission"]

        permission_response = cls(
            id,
            key,
            name,
            description,
            created_at,
            updated_at,
            role_ids,
            category_id,
            fe_permission,
        )

        if len(d) > 9 and not d.keys() <= _JSON_KEYS:
            permission_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return permission_response

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
