from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="GetActiveSessionsResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "userAgent",
        "ipAddress",
        "createdAt",
        "expires",
        "current",
        "impersonated",
    }
)
"""The property names of GetActiveSessionsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetActiveSessionsResponse:
    id: str
    user_agent: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    current: bool | Unset = UNSET
    impersonated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_agent = self.user_agent

        ip_address = self.ip_address

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        current = self.current

        impersonated = self.impersonated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expires is not UNSET:
            field_dict["expires"] = expires
        if current is not UNSET:
            field_dict["current"] = current
        if impersonated is not UNSET:
            field_dict["impersonated"] = impersonated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        user_agent = d.get("userAgent", UNSET)

        ip_address = d.get("ipAddress", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _expires = d.get("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        current = d.get("current", UNSET)

        impersonated = d.get("impersonated", UNSET)

        get_active_sessions_response = cls(
            id,
            user_agent,
            ip_address,
            created_at,
            expires,
            current,
            impersonated,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            get_active_sessions_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_active_sessions_response

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
