from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAuthnClientResponse")

_JSON_KEYS = frozenset(
    {
        "clientDataJSON",
        "attestationObject",
        "transports",
    }
)
"""The property names of WebAuthnClientResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnClientResponse:
    client_data_json: str
    """ base64url """
    attestation_object: str
    """ base64url """
    transports: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_data_json = self.client_data_json

        attestation_object = self.attestation_object

        transports: list[str] | Unset = UNSET
        if not isinstance(self.transports, Unset):
            transports = self.transports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientDataJSON": client_data_json,
                "attestationObject": attestation_object,
            }
        )
        if transports is not UNSET:
            field_dict["transports"] = transports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_data_json = d["clientDataJSON"]

        attestation_object = d["attestationObject"]

        transports: list[str] | Unset = d.get("transports", UNSET)

        web_authn_client_response = cls(
            client_data_json,
            attestation_object,
            transports,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            web_authn_client_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return web_authn_client_response

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
