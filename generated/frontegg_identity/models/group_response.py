from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_response_managed_by import GroupResponseManagedBy, check_group_response_managed_by
from ..types import parse_datetime

T = TypeVar("T", bound="GroupResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "name",
        "color",
        "description",
        "metadata",
        "roles",
        "users",
        "managedBy",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of GroupResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GroupResponse:
    id: str
    name: str
    color: str
    description: str
    metadata: str
    roles: list[RoleDto]
    users: list[GroupUser]
    managed_by: GroupResponseManagedBy
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        color = self.color

        description = self.description

        metadata = self.metadata

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        managed_by: str = self.managed_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "color": color,
                "description": description,
                "metadata": metadata,
                "roles": roles,
                "users": users,
                "managedBy": managed_by,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        color = d["color"]

        description = d["description"]

        metadata = d["metadata"]

        roles = [RoleDto.from_dict(roles_item_data) for roles_item_data in d["roles"]]

        users = [GroupUser.from_dict(users_item_data) for users_item_data in d["users"]]

        managed_by = check_group_response_managed_by(d["managedBy"])

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        group_response = cls(
            id,
            name,
            color,
            description,
            metadata,
            roles,
            users,
            managed_by,
            created_at,
            updated_at,
        )

        if len(d) > 10 and not d.keys() <= _JSON_KEYS:
            group_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return group_response

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


# Imported after GroupResponse is defined so that models referring to each other import in any order.
from ..models.group_user import GroupUser  # noqa: E402
from ..models.role_dto import RoleDto  # noqa: E402
