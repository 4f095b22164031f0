from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasskeyRegistrationOptionsResponse")

_JSON_KEYS = frozenset(
    {
        "options",
    }
)
"""The property names of PasskeyRegistrationOptionsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasskeyRegistrationOptionsResponse:
    options: WebAuthnCredentialCreationOptions
    """ WebAuthn registration options (PublicKeyCredentialCreationOptions) with binary fields as base64url strings.
    Evidence: @frontegg/redux-store decodes challenge and user.id (and excludeCredentials[].id) from base64url
    before calling navigator.credentials.create. """
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
        options = WebAuthnCredentialCreationOptions.from_dict(d["options"])

        passkey_registration_options_response = cls(
            options,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            passkey_registration_options_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return passkey_registration_options_response

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


# Imported after PasskeyRegistrationOptionsResponse is defined so that models referring to each other import in any order.
from ..models.web_authn_credential_creation_options import WebAuthnCredentialCreationOptions  # noqa: E402
