from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAuthnResponse")

_JSON_KEYS = frozenset(
    {
        "clientDataJSON",
        "authenticatorData",
        "signature",
        "userHandle",
    }
)
"""The property names of WebAuthnResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnResponse:
    client_data_json: str
    """ base64url """
    authenticator_data: str
    """ base64url """
    signature: str
    """ base64url """
    user_handle: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_data_json = self.client_data_json

        authenticator_data = self.authenticator_data

        signature = self.signature

        user_handle: None | str | Unset
        if isinstance(self.user_handle, Unset):
            user_handle = UNSET
        else:
            user_handle = self.user_handle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientDataJSON": client_data_json,
                "authenticatorData": authenticator_data,
                "signature": signature,
            }
        )
        if user_handle is not UNSET:
            field_dict["userHandle"] = user_handle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_data_json = d["clientDataJSON"]

        authenticator_data = d["authenticatorData"]

        signature = d["signature"]

        user_handle: None | str | Unset = d.get("userHandle", UNSET)

        web_authn_response = cls(
            client_data_json,
            authenticator_data,
            signature,
            user_handle,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            web_authn_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return web_authn_response

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
