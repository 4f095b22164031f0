from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImpersonateUserResponse")

_JSON_KEYS = frozenset(
    {
        "accessToken",
        "tokenType",
        "refreshToken",
        "expiresIn",
        "expires",
    }
)
"""The property names of ImpersonateUserResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ImpersonateUserResponse:
    access_token: str
    token_type: str
    refresh_token: str
    expires_in: int
    expires: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "tokenType": token_type,
                "refreshToken": refresh_token,
                "expiresIn": expires_in,
                "expires": expires,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["accessToken"]

        token_type = d["tokenType"]

        refresh_token = d["refreshToken"]

        expires_in = d["expiresIn"]

        expires = d["expires"]

        impersonate_user_response = cls(
            access_token,
            token_type,
            refresh_token,
            expires_in,
            expires,
        )

        if len(d) > 5 and not d.keys() <= _JSON_KEYS:
            impersonate_user_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return impersonate_user_response

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
