from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LockoutPolicyRequest")

_JSON_KEYS = frozenset(
    {
        "enabled",
        "maxAttempts",
    }
)
"""The property names of LockoutPolicyRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class LockoutPolicyRequest:
    enabled: bool
    max_attempts: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        max_attempts = self.max_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "maxAttempts": max_attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enabled = d["enabled"]

        max_attempts = d["maxAttempts"]

        lockout_policy_request = cls(
            enabled,
            max_attempts,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            lockout_policy_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return lockout_policy_request

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
