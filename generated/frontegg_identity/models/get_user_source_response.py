from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetUserSourceResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "description",
        "appIds",
        "index",
        "configuration",
    }
)
"""The property names of GetUserSourceResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetUserSourceResponse:
    id: str
    name: str
    type_: str
    description: str
    app_ids: list[str]
    index: float
    configuration: UserSourceConfigurationView
    """ A user source's configuration as answered, without its credentials (secrets, keys). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        description = self.description

        app_ids = self.app_ids

        index = self.index

        configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "description": description,
                "appIds": app_ids,
                "index": index,
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        type_ = d["type"]

        description = d["description"]

        app_ids: list[str] = d["appIds"]

        index = d["index"]

        configuration = UserSourceConfigurationView.from_dict(d["configuration"])

        get_user_source_response = cls(
            id,
            name,
            type_,
            description,
            app_ids,
            index,
            configuration,
        )

        if len(d) > 7 and not d.keys() <= _JSON_KEYS:
            get_user_source_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_user_source_response

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


# Imported after GetUserSourceResponse is defined so that models referring to each other import in any order.
from ..models.user_source_configuration_view import UserSourceConfigurationView  # noqa: E402
