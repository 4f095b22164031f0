from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInviteTokenRequest")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "userId",
        "expiresInMinutes",
        "shouldSendEmail",
        "roleIds",
    }
)
"""The property names of CreateInviteTokenRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateInviteTokenRequest:
    tenant_id: str
    user_id: str | Unset = UNSET
    expires_in_minutes: float | Unset = UNSET
    should_send_email: bool | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        user_id = self.user_id

        expires_in_minutes = self.expires_in_minutes

        should_send_email = self.should_send_email

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if expires_in_minutes is not UNSET:
            field_dict["expiresInMinutes"] = expires_in_minutes
        if should_send_email is not UNSET:
            field_dict["shouldSendEmail"] = should_send_email
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        user_id = d.get("userId", UNSET)

        expires_in_minutes = d.get("expiresInMinutes", UNSET)

        should_send_email = d.get("shouldSendEmail", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        create_invite_token_request = cls(
            tenant_id,
            user_id,
            expires_in_minutes,
            should_send_email,
            role_ids,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            create_invite_token_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_invite_token_request

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
