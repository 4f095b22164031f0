from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiTokenAuthV2Response")

_JSON_KEYS = frozenset(
    {
        "access_token",
        "refresh_token",
        "expires_in",
        "expires",
    }
)
"""The property names of ApiTokenAuthV2Response in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApiTokenAuthV2Response:
    access_token: str
    refresh_token: str
    expires_in: float
    expires: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in": expires_in,
                "expires": expires,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["access_token"]

        refresh_token = d["refresh_token"]

        expires_in = d["expires_in"]

        expires = d["expires"]

        api_token_auth_v2_response = cls(
            access_token,
            refresh_token,
            expires_in,
            expires,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            api_token_auth_v2_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return api_token_auth_v2_response

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
