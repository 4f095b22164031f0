from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PermissionCategoryResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
        "createdAt",
        "feCategory",
        "updatedAt",
    }
)
"""The property names of PermissionCategoryResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class PermissionCategoryResponse:
    id: str
    name: str
    description: None | str
    created_at: datetime.datetime
    fe_category: bool
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        created_at = self.created_at.isoformat()

        fe_category = self.fe_category

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "createdAt": created_at,
                "feCategory": fe_category,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        description: None | str = d["description"]

        created_at = parse_datetime(d["createdAt"])

        fe_category = d["feCategory"]

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        permission_category_response = cls(
            id,
            name,
            description,
            created_at,
            fe_category,
            updated_at,
        )

        if len(d) > 5 and not d.keys() <= _JSON_KEYS:
            permission_category_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return permission_category_response

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
