from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasskeyLoginOptionsResponse")

_JSON_KEYS = frozenset(
    {
        "options",
    }
)
"""The property names of PasskeyLoginOptionsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasskeyLoginOptionsResponse:
    options: WebAuthnCredentialRequestOptions
    """ WebAuthn authentication options (PublicKeyCredentialRequestOptions) with binary fields as base64url strings.
    Evidence: @frontegg/redux-store decodes challenge and allowCredentials[].id from base64url before calling
    navigator.credentials.get. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        options = WebAuthnCredentialRequestOptions.from_dict(d["options"])

        passkey_login_options_response = cls(
            options,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            passkey_login_options_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return passkey_login_options_response

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


# Imported after PasskeyLoginOptionsResponse is defined so that models referring to each other import in any order.
from ..models.web_authn_credential_request_options import WebAuthnCredentialRequestOptions  # noqa: E402
