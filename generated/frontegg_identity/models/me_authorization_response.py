from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeAuthorizationResponse")

_JSON_KEYS = frozenset(
    {
        "roles",
        "permissions",
    }
)
"""The property names of MeAuthorizationResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class MeAuthorizationResponse:
    roles: list[RoleResponse]
    permissions: list[PermissionResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.to_dict()
            permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        roles = [RoleResponse.from_dict(roles_item_data) for roles_item_data in d["roles"]]

        permissions = [
            PermissionResponse.from_dict(permissions_item_data) for permissions_item_data in d["permissions"]
        ]

        me_authorization_response = cls(
            roles,
            permissions,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            me_authorization_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return me_authorization_response

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


# Imported after MeAuthorizationResponse is defined so that models referring to each other import in any order.
from ..models.permission_response import PermissionResponse  # noqa: E402
from ..models.role_response import RoleResponse  # noqa: E402
