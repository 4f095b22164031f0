from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnpublishedUserJwtResponse")

_JSON_KEYS = frozenset(
    {
        "accessToken",
        "expires",
        "expiresIn",
    }
)
"""The property names of UnpublishedUserJwtResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedUserJwtResponse:
    access_token: str
    expires: str
    """ When the access token expires (ISO 8601). """
    expires_in: int
    """ Seconds until the access token expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires = self.expires

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "expires": expires,
                "expiresIn": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["accessToken"]

        expires = d["expires"]

        expires_in = d["expiresIn"]

        unpublished_user_jwt_response = cls(
            access_token,
            expires,
            expires_in,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            unpublished_user_jwt_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return unpublished_user_jwt_response

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
