from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateExternalAuth0UserSourceRequest")

_JSON_KEYS = frozenset(
    {
        "name",
        "configuration",
        "index",
        "description",
    }
)
"""The property names of UpdateExternalAuth0UserSourceRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateExternalAuth0UserSourceRequest:
    name: str | Unset = UNSET
    configuration: ExternalAuth0UserSourceConfig | Unset = UNSET
    index: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        index = self.index

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if index is not UNSET:
            field_dict["index"] = index
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        _configuration = d.get("configuration", UNSET)
        configuration: ExternalAuth0UserSourceConfig | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ExternalAuth0UserSourceConfig.from_dict(_configuration)

        index = d.get("index", UNSET)

        description = d.get("description", UNSET)

        update_external_auth_0_user_source_request = cls(
            name,
            configuration,
            index,
            description,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_external_auth_0_user_source_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return update_external_auth_0_user_source_request

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


# Imported after UpdateExternalAuth0UserSourceRequest is defined so that models referring to each other import in any order.
from ..models.external_auth_0_user_source_config import ExternalAuth0UserSourceConfig  # noqa: E402
