from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.passkey_login_request_authenticator_attachment_type_1 import (
    PasskeyLoginRequestAuthenticatorAttachmentType1,
    check_passkey_login_request_authenticator_attachment_type_1,
)
from ..models.passkey_login_request_authenticator_attachment_type_2_type_1 import (
    PasskeyLoginRequestAuthenticatorAttachmentType2Type1,
    check_passkey_login_request_authenticator_attachment_type_2_type_1,
)
from ..models.passkey_login_request_authenticator_attachment_type_3_type_1 import (
    PasskeyLoginRequestAuthenticatorAttachmentType3Type1,
    check_passkey_login_request_authenticator_attachment_type_3_type_1,
)
from ..models.passkey_login_request_type import PasskeyLoginRequestType, check_passkey_login_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PasskeyLoginRequest")

_JSON_KEYS = frozenset(
    {
        "id",
        "response",
        "rawId",
        "type",
        "authenticatorAttachment",
        "clientExtensionResults",
        "recaptchaToken",
        "invitationToken",
    }
)
"""The property names of PasskeyLoginRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasskeyLoginRequest:
    """The authenticator's assertion, as the browser's credential.toJSON() gives it (rest-api IWebAuthnPostLogin)."""

    id: str
    """ Credential ID, base64url. """
    response: WebAuthnResponse
    raw_id: str | Unset = UNSET
    """ Credential ID, base64url (same as id). """
    type_: PasskeyLoginRequestType | Unset = UNSET
    authenticator_attachment: (
        None
        | PasskeyLoginRequestAuthenticatorAttachmentType1
        | PasskeyLoginRequestAuthenticatorAttachmentType2Type1
        | PasskeyLoginRequestAuthenticatorAttachmentType3Type1
        | Unset
    ) = UNSET
    client_extension_results: PasskeyLoginRequestClientExtensionResults | Unset = UNSET
    recaptcha_token: str | Unset = UNSET
    invitation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        response = self.response.to_dict()

        raw_id = self.raw_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        authenticator_attachment: None | str | Unset
        if isinstance(self.authenticator_attachment, Unset):
            authenticator_attachment = UNSET
        elif isinstance(self.authenticator_attachment, str):
            authenticator_attachment = self.authenticator_attachment
        elif isinstance(self.authenticator_attachment, str):
            authenticator_attachment = self.authenticator_attachment
        elif isinstance(self.authenticator_attachment, str):
            authenticator_attachment = self.authenticator_attachment
        else:
            authenticator_attachment = self.authenticator_attachment

        client_extension_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_extension_results, Unset):
            client_extension_results = self.client_extension_results.to_dict()

        recaptcha_token = self.recaptcha_token

        invitation_token = self.invitation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "response": response,
            }
        )
        if raw_id is not UNSET:
            field_dict["rawId"] = raw_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if authenticator_attachment is not UNSET:
            field_dict["authenticatorAttachment"] = authenticator_attachment
        if client_extension_results is not UNSET:
            field_dict["clientExtensionResults"] = client_extension_results
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token
        if invitation_token is not UNSET:
            field_dict["invitationToken"] = invitation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        response = WebAuthnResponse.from_dict(d["response"])

        raw_id = d.get("rawId", UNSET)

        _type_ = d.get("type", UNSET)
        type_: PasskeyLoginRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_passkey_login_request_type(_type_)

        def _parse_authenticator_attachment(
            data: object,
        ) -> (
            None
            | PasskeyLoginRequestAuthenticatorAttachmentType1
            | PasskeyLoginRequestAuthenticatorAttachmentType2Type1
            | PasskeyLoginRequestAuthenticatorAttachmentType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticator_attachment_type_1 = check_passkey_login_request_authenticator_attachment_type_1(data)

                return authenticator_attachment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticator_attachment_type_2_type_1 = (
                    check_passkey_login_request_authenticator_attachment_type_2_type_1(data)
                )

                return authenticator_attachment_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticator_attachment_type_3_type_1 = (
                    check_passkey_login_request_authenticator_attachment_type_3_type_1(data)
                )

                return authenticator_attachment_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PasskeyLoginRequestAuthenticatorAttachmentType1
                | PasskeyLoginRequestAuthenticatorAttachmentType2Type1
                | PasskeyLoginRequestAuthenticatorAttachmentType3Type1
                | Unset,
                data,
            )

        authenticator_attachment = _parse_authenticator_attachment(d.get("authenticatorAttachment", UNSET))

        _client_extension_results = d.get("clientExtensionResults", UNSET)
        client_extension_results: PasskeyLoginRequestClientExtensionResults | Unset
        if isinstance(_client_extension_results, Unset):
            client_extension_results = UNSET
        else:
            client_extension_results = PasskeyLoginRequestClientExtensionResults.from_dict(_client_extension_results)

        recaptcha_token = d.get("recaptchaToken", UNSET)

        invitation_token = d.get("invitationToken", UNSET)

        passkey_login_request = cls(
            id,
            response,
            raw_id,
            type_,
            authenticator_attachment,
            client_extension_results,
            recaptcha_token,
            invitation_token,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            passkey_login_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return passkey_login_request

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


# Imported after PasskeyLoginRequest is defined so that models referring to each other import in any order.
from ..models.passkey_login_request_client_extension_results import PasskeyLoginRequestClientExtensionResults  # noqa: E402
from ..models.web_authn_response import WebAuthnResponse  # noqa: E402
