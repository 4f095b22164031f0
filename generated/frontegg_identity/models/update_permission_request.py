from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePermissionRequest")

_JSON_KEYS = frozenset(
    {
        "key",
        "name",
        "description",
        "categoryId",
    }
)
"""The property names of UpdatePermissionRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdatePermissionRequest:
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    category_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = self.description

        category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d.get("key", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        category_id = d.get("categoryId", UNSET)

        update_permission_request = cls(
            key,
            name,
            description,
            category_id,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_permission_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_permission_request

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
