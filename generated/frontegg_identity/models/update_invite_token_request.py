from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInviteTokenRequest")

_JSON_KEYS = frozenset(
    {
        "expiresInMinutes",
        "shouldSendEmail",
    }
)
"""The property names of UpdateInviteTokenRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateInviteTokenRequest:
    expires_in_minutes: float | Unset = UNSET
    should_send_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_in_minutes = self.expires_in_minutes

        should_send_email = self.should_send_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_in_minutes is not UNSET:
            field_dict["expiresInMinutes"] = expires_in_minutes
        if should_send_email is not UNSET:
            field_dict["shouldSendEmail"] = should_send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        expires_in_minutes = d.get("expiresInMinutes", UNSET)

        should_send_email = d.get("shouldSendEmail", UNSET)

        update_invite_token_request = cls(
            expires_in_minutes,
            should_send_email,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_invite_token_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_invite_token_request

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
