from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddRoleWithPermissionsResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "vendorId",
        "tenantId",
        "key",
        "name",
        "description",
        "isDefault",
        "permissions",
    }
)
"""The property names of AddRoleWithPermissionsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddRoleWithPermissionsResponse:
    id: str
    vendor_id: str
    tenant_id: str
    key: str
    name: str
    description: str
    is_default: bool
    permissions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        tenant_id = self.tenant_id

        key = self.key

        name = self.name

        description = self.description

        is_default = self.is_default

        permissions = self.permissions

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
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        vendor_id = d["vendorId"]

        tenant_id = d["tenantId"]

        key = d["key"]

        name = d["name"]

        description = d["description"]

        is_default = d["isDefault"]

        permissions: list[str] = d["permissions"]

        add_role_with_permissions_response = cls(
            id,
            vendor_id,
            tenant_id,
            key,
            name,
            description,
            is_default,
            permissions,
        )

        if len(d) > 8 and not d.keys() <= _JSON_KEYS:
            add_role_with_permissions_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return add_role_with_permissions_response

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
