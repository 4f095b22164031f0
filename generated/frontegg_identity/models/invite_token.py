from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="InviteToken")

_JSON_KEYS = frozenset(
    {
        "id",
        "vendorId",
        "tenantId",
        "token",
        "expires",
        "shouldSendEmail",
        "userId",
        "name",
        "roleIds",
    }
)
"""The property names of InviteToken in JSON; any other key goes to additional_properties."""


@_attrs_define
class InviteToken:
    id: str
    vendor_id: str
    tenant_id: str
    token: str
    expires: datetime.datetime
    should_send_email: bool
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        tenant_id = self.tenant_id

        token = self.token

        expires = self.expires.isoformat()

        should_send_email = self.should_send_email

        user_id = self.user_id

        name = self.name

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vendorId": vendor_id,
                "tenantId": tenant_id,
                "token": token,
                "expires": expires,
                "shouldSendEmail": should_send_email,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        vendor_id = d["vendorId"]

        tenant_id = d["tenantId"]

        token = d["token"]

        expires = parse_datetime(d["expires"])

        should_send_email = d["shouldSendEmail"]

        user_id = d.get("userId", UNSET)

        name = d.get("name", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        invite_token = cls(
            id,
            vendor_id,
            tenant_id,
            token,
            expires,
            should_send_email,
            user_id,
            name,
            role_ids,
        )

        if len(d) > 6 and not d.keys() <= _JSON_KEYS:
            invite_token.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return invite_token

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
