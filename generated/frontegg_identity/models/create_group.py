from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGroup")

_JSON_KEYS = frozenset(
    {
        "name",
        "color",
        "description",
        "metadata",
    }
)
"""The property names of CreateGroup in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateGroup:
    name: str
    color: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color = self.color

        description = self.description

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        color = d.get("color", UNSET)

        description = d.get("description", UNSET)

        metadata = d.get("metadata", UNSET)

        create_group = cls(
            name,
            color,
            description,
            metadata,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            create_group.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_group

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
