from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_authn_credential_creation_options_pub_key_cred_params_item_type import (
    WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType,
    check_web_authn_credential_creation_options_pub_key_cred_params_item_type,
)

T = TypeVar("T", bound="WebAuthnCredentialCreationOptionsPubKeyCredParamsItem")

_JSON_KEYS = frozenset(
    {
        "type",
        "alg",
    }
)
"""The property names of WebAuthnCredentialCreationOptionsPubKeyCredParamsItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnCredentialCreationOptionsPubKeyCredParamsItem:
    type_: WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType
    alg: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        alg = self.alg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "alg": alg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_web_authn_credential_creation_options_pub_key_cred_params_item_type(d["type"])

        alg = d["alg"]

        web_authn_credential_creation_options_pub_key_cred_params_item = cls(
            type_,
            alg,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            web_authn_credential_creation_options_pub_key_cred_params_item.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return web_authn_credential_creation_options_pub_key_cred_params_item

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
