from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="GetUserSourceUsersResponse")

_JSON_KEYS = frozenset(
    {
        "email",
        "lastLogin",
    }
)
"""The property names of GetUserSourceUsersResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetUserSourceUsersResponse:
    email: str
    last_login: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        last_login = self.last_login.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "lastLogin": last_login,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        last_login = parse_datetime(d["lastLogin"])

        get_user_source_users_response = cls(
            email,
            last_login,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            get_user_source_users_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_user_source_users_response

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
