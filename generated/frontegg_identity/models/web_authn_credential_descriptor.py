from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_authn_credential_descriptor_type import (
    WebAuthnCredentialDescriptorType,
    check_web_authn_credential_descriptor_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAuthnCredentialDescriptor")

_JSON_KEYS = frozenset(
    {
        "id",
        "type",
        "transports",
    }
)
"""The property names of WebAuthnCredentialDescriptor in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnCredentialDescriptor:
    """Reference to a registered credential."""

    id: str
    """ Credential ID, base64url. """
    type_: WebAuthnCredentialDescriptorType
    transports: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        transports: list[str] | Unset = UNSET
        if not isinstance(self.transports, Unset):
            transports = self.transports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if transports is not UNSET:
            field_dict["transports"] = transports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = check_web_authn_credential_descriptor_type(d["type"])

        transports: list[str] | Unset = d.get("transports", UNSET)

        web_authn_credential_descriptor = cls(
            id,
            type_,
            transports,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            web_authn_credential_descriptor.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return web_authn_credential_descriptor

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
