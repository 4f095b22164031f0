from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateInviteTokenRequestForUserV2")

_JSON_KEYS = frozenset(
    {
        "expiresInMinutes",
        "shouldSendEmail",
        "roleIds",
    }
)
"""The property names of CreateInviteTokenRequestForUserV2 in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateInviteTokenRequestForUserV2:
    expires_in_minutes: float
    should_send_email: bool
    role_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_in_minutes = self.expires_in_minutes

        should_send_email = self.should_send_email

        role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiresInMinutes": expires_in_minutes,
                "shouldSendEmail": should_send_email,
                "roleIds": role_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        expires_in_minutes = d["expiresInMinutes"]

        should_send_email = d["shouldSendEmail"]

        role_ids: list[str] = d["roleIds"]

        create_invite_token_request_for_user_v2 = cls(
            expires_in_minutes,
            should_send_email,
            role_ids,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            create_invite_token_request_for_user_v2.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_invite_token_request_for_user_v2

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
