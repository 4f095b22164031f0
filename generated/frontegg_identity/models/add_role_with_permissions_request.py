from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddRoleWithPermissionsRequest")

_JSON_KEYS = frozenset(
    {
        "key",
        "name",
        "baseRoleId",
        "permissionIds",
        "description",
        "isDefault",
    }
)
"""The property names of AddRoleWithPermissionsRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddRoleWithPermissionsRequest:
    key: str
    name: str
    base_role_id: str
    permission_ids: list[str]
    description: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        base_role_id = self.base_role_id

        permission_ids = self.permission_ids

        description = self.description

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "baseRoleId": base_role_id,
                "permissionIds": permission_ids,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        name = d["name"]

        base_role_id = d["baseRoleId"]

        permission_ids: list[str] = d["permissionIds"]

        description = d.get("description", UNSET)

        is_default = d.get("isDefault", UNSET)

        add_role_with_permissions_request = cls(
            key,
            name,
            base_role_id,
            permission_ids,
            description,
            is_default,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            add_role_with_permissions_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return add_role_with_permissions_request

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
