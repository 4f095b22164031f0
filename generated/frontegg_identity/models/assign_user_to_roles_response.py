from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignUserToRolesResponse")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "userId",
        "roles",
    }
)
"""The property names of AssignUserToRolesResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class AssignUserToRolesResponse:
    tenant_id: str
    user_id: str
    roles: list[Role]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        user_id = self.user_id

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "userId": user_id,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        user_id = d["userId"]

        roles = [Role.from_dict(roles_item_data) for roles_item_data in d["roles"]]

        assign_user_to_roles_response = cls(
            tenant_id,
            user_id,
            roles,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            assign_user_to_roles_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return assign_user_to_roles_response

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


# Imported after AssignUserToRolesResponse is defined so that models referring to each other import in any order.
from ..models.role import Role  # noqa: E402
