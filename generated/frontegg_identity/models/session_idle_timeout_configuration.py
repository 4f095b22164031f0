from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionIdleTimeoutConfiguration")

_JSON_KEYS = frozenset(
    {
        "isActive",
        "timeout",
    }
)
"""The property names of SessionIdleTimeoutConfiguration in JSON; any other key goes to additional_properties."""


@_attrs_define
class SessionIdleTimeoutConfiguration:
    is_active: bool
    timeout: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isActive": is_active,
                "timeout": timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        is_active = d["isActive"]

        timeout = d["timeout"]

        session_idle_timeout_configuration = cls(
            is_active,
            timeout,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            session_idle_timeout_configuration.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return session_idle_timeout_configuration

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
