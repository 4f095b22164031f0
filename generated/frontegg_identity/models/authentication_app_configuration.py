from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuthenticationAppConfiguration")

_JSON_KEYS = frozenset(
    {
        "active",
        "serviceName",
    }
)
"""The property names of AuthenticationAppConfiguration in JSON; any other key goes to additional_properties."""


@_attrs_define
class AuthenticationAppConfiguration:
    active: bool
    service_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "serviceName": service_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        active = d["active"]

        service_name = d["serviceName"]

        authentication_app_configuration = cls(
            active,
            service_name,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            authentication_app_configuration.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return authentication_app_configuration

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
