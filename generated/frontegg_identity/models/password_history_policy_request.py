from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordHistoryPolicyRequest")

_JSON_KEYS = frozenset(
    {
        "enabled",
        "historySize",
    }
)
"""The property names of PasswordHistoryPolicyRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasswordHistoryPolicyRequest:
    enabled: bool = False
    history_size: int = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        history_size = self.history_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "historySize": history_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enabled = d["enabled"]

        history_size = d["historySize"]

        password_history_policy_request = cls(
            enabled,
            history_size,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            password_history_policy_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return password_history_policy_request

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
