from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_authn_credential_request_options_user_verification import (
    WebAuthnCredentialRequestOptionsUserVerification,
    check_web_authn_credential_request_options_user_verification,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAuthnCredentialRequestOptions")

_JSON_KEYS = frozenset(
    {
        "challenge",
        "timeout",
        "rpId",
        "allowCredentials",
        "userVerification",
    }
)
"""The property names of WebAuthnCredentialRequestOptions in JSON; any other key goes to additional_properties."""


@_attrs_define
class WebAuthnCredentialRequestOptions:
    """WebAuthn authentication options (PublicKeyCredentialRequestOptions) with binary fields as base64url strings.
    Evidence: @frontegg/redux-store decodes challenge and allowCredentials[].id from base64url before calling
    navigator.credentials.get.

    """

    challenge: str
    """ Random challenge, base64url. """
    timeout: int | Unset = UNSET
    """ Milliseconds the browser should wait. """
    rp_id: str | Unset = UNSET
    allow_credentials: list[WebAuthnCredentialDescriptor] | Unset = UNSET
    user_verification: WebAuthnCredentialRequestOptionsUserVerification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenge = self.challenge

        timeout = self.timeout

        rp_id = self.rp_id

        allow_credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allow_credentials, Unset):
            allow_credentials = []
            for allow_credentials_item_data in self.allow_credentials:
                allow_credentials_item = allow_credentials_item_data.to_dict()
                allow_credentials.append(allow_credentials_item)

        user_verification: str | Unset = UNSET
        if not isinstance(self.user_verification, Unset):
            user_verification = self.user_verification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenge": challenge,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if rp_id is not UNSET:
            field_dict["rpId"] = rp_id
        if allow_credentials is not UNSET:
            field_dict["allowCredentials"] = allow_credentials
        if user_verification is not UNSET:
            field_dict["userVerification"] = user_verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        challenge = d["challenge"]

        timeout = d.get("timeout", UNSET)

        rp_id = d.get("rpId", UNSET)

        _allow_credentials = d.get("allowCredentials", UNSET)
        allow_credentials: list[WebAuthnCredentialDescriptor] | Unset = UNSET
        if _allow_credentials is not UNSET:
            allow_credentials = [
                WebAuthnCredentialDescriptor.from_dict(allow_credentials_item_data)
                for allow_credentials_item_data in _allow_credentials
            ]

        _user_verification = d.get("userVerification", UNSET)
        user_verification: WebAuthnCredentialRequestOptionsUserVerification | Unset
        if isinstance(_user_verification, Unset):
            user_verification = UNSET
        else:
            user_verification = check_web_authn_credential_request_options_user_verification(_user_verification)

        web_authn_credential_request_options = cls(
            challenge,
            timeout,
            rp_id,
            allow_credentials,
            user_verification,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            web_authn_credential_request_options.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return web_authn_credential_request_options

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


# Imported after WebAuthnCredentialRequestOptions is defined so that models referring to each other import in any order.
from ..models.web_authn_credential_descriptor import WebAuthnCredentialDescriptor  # noqa: E402
