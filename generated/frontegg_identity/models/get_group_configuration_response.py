from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetGroupConfigurationResponse")

_JSON_KEYS = frozenset(
    {
        "enabled",
        "rolesEnabled",
    }
)
"""The property names of GetGroupConfigurationResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetGroupConfigurationResponse:
    enabled: bool
    roles_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        roles_enabled = self.roles_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "rolesEnabled": roles_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enabled = d["enabled"]

        roles_enabled = d["rolesEnabled"]

        get_group_configuration_response = cls(
            enabled,
            roles_enabled,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            get_group_configuration_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_group_configuration_response

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
