from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_authn_credential_creation_options_authenticator_selection_authenticator_attachment import (
    WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment,
    check_web_authn_credential_creation_options_authenticator_selection_authenticator_attachment,
)
from ..models.web_authn_credential_creation_options_authenticator_selection_resident_key import (
    WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey,
    check_web_authn_credential_creation_options_authenticator_selection_resident_key,
)
from ..models.web_authn_credential_creation_options_authenticator_selection_user_verification import (
    WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification,
    check_web_authn_credential_creation_options_authenticator_selection_user_verification,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAuthnCredentialCreationOptionsAuthenticatorSelection")

_JSON_KEYS = frozenset(
    {
        "authenticatorAttachment",
        "residentKey",
        "requireResidentKey",
        "userVerification",
    }
)
"""The property names of WebAuthnCredentialCreationOptionsAuthenticatorSelection in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnCredentialCreationOptionsAuthenticatorSelection:
    authenticator_attachment: WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment | Unset = (
        UNSET
    )
    resident_key: WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey | Unset = UNSET
    require_resident_key: bool | Unset = UNSET
    user_verification: WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authenticator_attachment: str | Unset = UNSET
        if not isinstance(self.authenticator_attachment, Unset):
            authenticator_attachment = self.authenticator_attachment

        resident_key: str | Unset = UNSET
        if not isinstance(self.resident_key, Unset):
            resident_key = self.resident_key

        require_resident_key = self.require_resident_key

        user_verification: str | Unset = UNSET
        if not isinstance(self.user_verification, Unset):
            user_verification = self.user_verification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authenticator_attachment is not UNSET:
            field_dict["authenticatorAttachment"] = authenticator_attachment
        if resident_key is not UNSET:
            field_dict["residentKey"] = resident_key
        if require_resident_key is not UNSET:
            field_dict["requireResidentKey"] = require_resident_key
        if user_verification is not UNSET:
            field_dict["userVerification"] = user_verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _authenticator_attachment = d.get("authenticatorAttachment", UNSET)
        authenticator_attachment: WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment | Unset
        if isinstance(_authenticator_attachment, Unset):
            authenticator_attachment = UNSET
        else:
            authenticator_attachment = (
                check_web_authn_credential_creation_options_authenticator_selection_authenticator_attachment(
                    _authenticator_attachment
                )
            )

        _resident_key = d.get("residentKey", UNSET)
        resident_key: WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey | Unset
        if isinstance(_resident_key, Unset):
            resident_key = UNSET
        else:
            resident_key = check_web_authn_credential_creation_options_authenticator_selection_resident_key(
                _resident_key
            )

        require_resident_key = d.get("requireResidentKey", UNSET)

        _user_verification = d.get("userVerification", UNSET)
        user_verification: WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification | Unset
        if isinstance(_user_verification, Unset):
            user_verification = UNSET
        else:
            user_verification = check_web_authn_credential_creation_options_authenticator_selection_user_verification(
                _user_verification
            )

        web_authn_credential_creation_options_authenticator_selection = cls(
            authenticator_attachment,
            resident_key,
            require_resident_key,
            user_verification,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            web_authn_credential_creation_options_authenticator_selection.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return web_authn_credential_creation_options_authenticator_selection

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
