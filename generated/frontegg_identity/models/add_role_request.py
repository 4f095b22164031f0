from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddRoleRequest")

_JSON_KEYS = frozenset(
    {
        "key",
        "name",
        "level",
        "description",
        "isDefault",
        "migrateRole",
        "firstUserRole",
    }
)
"""The property names of AddRoleRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddRoleRequest:
    key: str
    name: str
    level: int
    description: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    migrate_role: bool | Unset = UNSET
    first_user_role: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        level = self.level

        description = self.description

        is_default = self.is_default

        migrate_role = self.migrate_role

        first_user_role = self.first_user_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "level": level,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if migrate_role is not UNSET:
            field_dict["migrateRole"] = migrate_role
        if first_user_role is not UNSET:
            field_dict["firstUserRole"] = first_user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        name = d["name"]

        level = d["level"]

        description = d.get("description", UNSET)

        is_default = d.get("isDefault", UNSET)

        migrate_role = d.get("migrateRole", UNSET)

        first_user_role = d.get("firstUserRole", UNSET)

        add_role_request = cls(
            key,
            name,
            level,
            description,
            is_default,
            migrate_role,
            first_user_role,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            add_role_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return add_role_request

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
