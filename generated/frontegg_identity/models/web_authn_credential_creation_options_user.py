from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebAuthnCredentialCreationOptionsUser")

_JSON_KEYS = frozenset(
    {
        "id",
        "name",
        "displayName",
    }
)
"""The property names of WebAuthnCredentialCreationOptionsUser in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnCredentialCreationOptionsUser:
    id: str
    """ User handle, base64url. """
    name: str
    display_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        display_name = d["displayName"]

        web_authn_credential_creation_options_user = cls(
            id,
            name,
            display_name,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            web_authn_credential_creation_options_user.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return web_authn_credential_creation_options_user

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
