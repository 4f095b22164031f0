from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRoleRequest")

_JSON_KEYS = frozenset(
    {
        "isDefault",
        "firstUserRole",
        "migrateRole",
        "level",
        "key",
        "name",
        "description",
    }
)
"""The property names of UpdateRoleRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateRoleRequest:
    is_default: bool | Unset = UNSET
    first_user_role: bool | Unset = UNSET
    migrate_role: bool | Unset = UNSET
    level: int | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        first_user_role = self.first_user_role

        migrate_role = self.migrate_role

        level = self.level

        key = self.key

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if first_user_role is not UNSET:
            field_dict["firstUserRole"] = first_user_role
        if migrate_role is not UNSET:
            field_dict["migrateRole"] = migrate_role
        if level is not UNSET:
            field_dict["level"] = level
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        is_default = d.get("isDefault", UNSET)

        first_user_role = d.get("firstUserRole", UNSET)

        migrate_role = d.get("migrateRole", UNSET)

        level = d.get("level", UNSET)

        key = d.get("key", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        update_role_request = cls(
            is_default,
            first_user_role,
            migrate_role,
            level,
            key,
            name,
            description,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_role_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_role_request

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
