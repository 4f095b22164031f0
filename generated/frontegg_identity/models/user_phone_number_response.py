from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="UserPhoneNumberResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "userId",
        "phoneNumber",
        "verified",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of UserPhoneNumberResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserPhoneNumberResponse:
    id: str
    user_id: str
    phone_number: str
    verified: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        phone_number = self.phone_number

        verified = self.verified

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "phoneNumber": phone_number,
                "verified": verified,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        user_id = d["userId"]

        phone_number = d["phoneNumber"]

        verified = d["verified"]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        user_phone_number_response = cls(
            id,
            user_id,
            phone_number,
            verified,
            created_at,
            updated_at,
        )

        if len(d) > 6 and not d.keys() <= _JSON_KEYS:
            user_phone_number_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_phone_number_response

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
