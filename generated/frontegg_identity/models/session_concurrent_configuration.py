from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionConcurrentConfiguration")

_JSON_KEYS = frozenset(
    {
        "isActive",
        "maxSessions",
    }
)
"""The property names of SessionConcurrentConfiguration in JSON; any other key goes to additional_properties."""


@_attrs_define
class SessionConcurrentConfiguration:
    is_active: bool
    max_sessions: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        max_sessions = self.max_sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isActive": is_active,
                "maxSessions": max_sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        is_active = d["isActive"]

        max_sessions = d["maxSessions"]

        session_concurrent_configuration = cls(
            is_active,
            max_sessions,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            session_concurrent_configuration.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return session_concurrent_configuration

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
