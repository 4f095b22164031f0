from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MfaEmailConfig")

_JSON_KEYS = frozenset(
    {
        "active",
        "tokenLifetimeSeconds",
        "sender",
    }
)
"""The property names of MfaEmailConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class MfaEmailConfig:
    active: bool
    token_lifetime_seconds: float
    sender: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        token_lifetime_seconds = self.token_lifetime_seconds

        sender = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "tokenLifetimeSeconds": token_lifetime_seconds,
                "sender": sender,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        active = d["active"]

        token_lifetime_seconds = d["tokenLifetimeSeconds"]

        sender = d["sender"]

        mfa_email_config = cls(
            active,
            token_lifetime_seconds,
            sender,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            mfa_email_config.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return mfa_email_config

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
