from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateUserSourceResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "appIds",
        "description",
        "index",
    }
)
"""The property names of CreateUserSourceResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateUserSourceResponse:
    id: str
    name: str
    type_: str
    app_ids: list[str]
    description: str
    index: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        app_ids = self.app_ids

        description = self.description

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "appIds": app_ids,
                "description": description,
                "index": index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        type_ = d["type"]

        app_ids: list[str] = d["appIds"]

        description = d["description"]

        index = d["index"]

        create_user_source_response = cls(
            id,
            name,
            type_,
            app_ids,
            description,
            index,
        )

        if len(d) > 6 and not d.keys() <= _JSON_KEYS:
            create_user_source_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_user_source_response

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
