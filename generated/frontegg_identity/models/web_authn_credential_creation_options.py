from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_authn_credential_creation_options_attestation import (
    WebAuthnCredentialCreationOptionsAttestation,
    check_web_authn_credential_creation_options_attestation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAuthnCredentialCreationOptions")

_JSON_KEYS = frozenset(
    {
        "rp",
        "user",
        "challenge",
        "pubKeyCredParams",
        "timeout",
        "excludeCredentials",
        "authenticatorSelection",
        "attestation",
    }
)
"""The property names of WebAuthnCredentialCreationOptions in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnCredentialCreationOptions:
    """WebAuthn registration options (PublicKeyCredentialCreationOptions) with binary fields as base64url strings.
    Evidence: @frontegg/redux-store decodes challenge and user.id (and excludeCredentials[].id) from base64url before
    calling navigator.credentials.create.

    """

    rp: WebAuthnCredentialCreationOptionsRp
    user: WebAuthnCredentialCreationOptionsUser
    challenge: str
    """ Random challenge, base64url. """
    pub_key_cred_params: list[WebAuthnCredentialCreationOptionsPubKeyCredParamsItem]
    timeout: int | Unset = UNSET
    """ Milliseconds the browser should wait. """
    exclude_credentials: list[WebAuthnCredentialDescriptor] | Unset = UNSET
    authenticator_selection: WebAuthnCredentialCreationOptionsAuthenticatorSelection | Unset = UNSET
    attestation: WebAuthnCredentialCreationOptionsAttestation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rp = self.rp.to_dict()

        user = self.user.to_dict()

        challenge = self.challenge

        pub_key_cred_params = []
        for pub_key_cred_params_item_data in self.pub_key_cred_params:
            pub_key_cred_params_item = pub_key_cred_params_item_data.to_dict()
            pub_key_cred_params.append(pub_key_cred_params_item)

        timeout = self.timeout

        exclude_credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exclude_credentials, Unset):
            exclude_credentials = []
            for exclude_credentials_item_data in self.exclude_credentials:
                exclude_credentials_item = exclude_credentials_item_data.to_dict()
                exclude_credentials.append(exclude_credentials_item)

        authenticator_selection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authenticator_selection, Unset):
            authenticator_selection = self.authenticator_selection.to_dict()

        attestation: str | Unset = UNSET
        if not isinstance(self.attestation, Unset):
            attestation = self.attestation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rp": rp,
                "user": user,
                "challenge": challenge,
                "pubKeyCredParams": pub_key_cred_params,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if exclude_credentials is not UNSET:
            field_dict["excludeCredentials"] = exclude_credentials
        if authenticator_selection is not UNSET:
            field_dict["authenticatorSelection"] = authenticator_selection
        if attestation is not UNSET:
            field_dict["attestation"] = attestation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rp = WebAuthnCredentialCreationOptionsRp.from_dict(d["rp"])

        user = WebAuthnCredentialCreationOptionsUser.from_dict(d["user"])

        challenge = d["challenge"]

        pub_key_cred_params = [
            WebAuthnCredentialCreationOptionsPubKeyCredParamsItem.from_dict(pub_key_cred_params_item_data)
            for pub_key_cred_params_item_data in d["pubKeyCredParams"]
        ]

        timeout = d.get("timeout", UNSET)

        _exclude_credentials = d.get("excludeCredentials", UNSET)
        exclude_credentials: list[WebAuthnCredentialDescriptor] | Unset = UNSET
        if _exclude_credentials is not UNSET:
            exclude_credentials = [
                WebAuthnCredentialDescriptor.from_dict(exclude_credentials_item_data)
                for exclude_credentials_item_data in _exclude_credentials
            ]

        _authenticator_selection = d.get("authenticatorSelection", UNSET)
        authenticator_selection: WebAuthnCredentialCreationOptionsAuthenticatorSelection | Unset
        if isinstance(_authenticator_selection, Unset):
            authenticator_selection = UNSET
        else:
            authenticator_selection = WebAuthnCredentialCreationOptionsAuthenticatorSelection.from_dict(
                _authenticator_selection
            )

        _attestation = d.get("attestation", UNSET)
        attestation: WebAuthnCredentialCreationOptionsAttestation | Unset
        if isinstance(_attestation, Unset):
            attestation = UNSET
        else:
            attestation = check_web_authn_credential_creation_options_attestation(_attestation)

        web_authn_credential_creation_options = cls(
            rp,
            user,
            challenge,
            pub_key_cred_params,
            timeout,
            exclude_credentials,
            authenticator_selection,
            attestation,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            web_authn_credential_creation_options.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return web_authn_credential_creation_options

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


# Imported after WebAuthnCredentialCreationOptions is defined so that models referring to each other import in any order.
from ..models.web_authn_credential_creation_options_authenticator_selection import (
    WebAuthnCredentialCreationOptionsAuthenticatorSelection,  # noqa: E402
)
from ..models.web_authn_credential_creation_options_pub_key_cred_params_item import (
    WebAuthnCredentialCreationOptionsPubKeyCredParamsItem,  # noqa: E402
)
from ..models.web_authn_credential_creation_options_rp import WebAuthnCredentialCreationOptionsRp  # noqa: E402
from ..models.web_authn_credential_creation_options_user import WebAuthnCredentialCreationOptionsUser  # noqa: E402
from ..models.web_authn_credential_descriptor import WebAuthnCredentialDescriptor  # noqa: E402
