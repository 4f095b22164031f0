from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddPermissionToRoleRequest")

_JSON_KEYS = frozenset(
    {
        "permissionIds",
    }
)
"""The property names of AddPermissionToRoleRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddPermissionToRoleRequest:
    permission_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_ids = self.permission_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permissionIds": permission_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        permission_ids: list[str] = d["permissionIds"]

        add_permission_to_role_request = cls(
            permission_ids,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            add_permission_to_role_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return add_permission_to_role_request

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
