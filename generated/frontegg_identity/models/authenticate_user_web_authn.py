from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticate_user_web_authn_authenticator_attachment import (
    AuthenticateUserWebAuthnAuthenticatorAttachment,
    check_authenticate_user_web_authn_authenticator_attachment,
)
from ..models.authenticate_user_web_authn_type import (
    AuthenticateUserWebAuthnType,
    check_authenticate_user_web_authn_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authenticate_user_web_authn_client_extension_results import (
        AuthenticateUserWebAuthnClientExtensionResults,
    )
    from ..models.web_authn_response import WebAuthnResponse


T = TypeVar("T", bound="AuthenticateUserWebAuthn")


@_attrs_define
class AuthenticateUserWebAuthn:
    id: str
    response: WebAuthnResponse
    recaptcha_token: str | Unset = UNSET
    invitation_token: str | Unset = UNSET
    raw_id: str | Unset = UNSET
    """ Credential ID, base64url (same as id). """
    type_: AuthenticateUserWebAuthnType | Unset = UNSET
    authenticator_attachment: AuthenticateUserWebAuthnAuthenticatorAttachment | Unset = UNSET
    client_extension_results: AuthenticateUserWebAuthnClientExtensionResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        response = self.response.to_dict()

        recaptcha_token = self.recaptcha_token

        invitation_token = self.invitation_token

        raw_id = self.raw_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        authenticator_attachment: str | Unset = UNSET
        if not isinstance(self.authenticator_attachment, Unset):
            authenticator_attachment = self.authenticator_attachment

        client_extension_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_extension_results, Unset):
            client_extension_results = self.client_extension_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "response": response,
            }
        )
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token
        if invitation_token is not UNSET:
            field_dict["invitationToken"] = invitation_token
        if raw_id is not UNSET:
            field_dict["rawId"] = raw_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if authenticator_attachment is not UNSET:
            field_dict["authenticatorAttachment"] = authenticator_attachment
        if client_extension_results is not UNSET:
            field_dict["clientExtensionResults"] = client_extension_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authenticate_user_web_authn_client_extension_results import (
            AuthenticateUserWebAuthnClientExtensionResults,  # noqa: PLC0415
        )
        from ..models.web_authn_response import WebAuthnResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        response = WebAuthnResponse.from_dict(d.pop("response"))

        recaptcha_token = d.pop("recaptchaToken", UNSET)

        invitation_token = d.pop("invitationToken", UNSET)

        raw_id = d.pop("rawId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AuthenticateUserWebAuthnType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_authenticate_user_web_authn_type(_type_)

        _authenticator_attachment = d.pop("authenticatorAttachment", UNSET)
        authenticator_attachment: AuthenticateUserWebAuthnAuthenticatorAttachment | Unset
        if isinstance(_authenticator_attachment, Unset):
            authenticator_attachment = UNSET
        else:
            authenticator_attachment = check_authenticate_user_web_authn_authenticator_attachment(
                _authenticator_attachment
            )

        _client_extension_results = d.pop("clientExtensionResults", UNSET)
        client_extension_results: AuthenticateUserWebAuthnClientExtensionResults | Unset
        if isinstance(_client_extension_results, Unset):
            client_extension_results = UNSET
        else:
            client_extension_results = AuthenticateUserWebAuthnClientExtensionResults.from_dict(
                _client_extension_results
            )

        authenticate_user_web_authn = cls(
            id=id,
            response=response,
            recaptcha_token=recaptcha_token,
            invitation_token=invitation_token,
            raw_id=raw_id,
            type_=type_,
            authenticator_attachment=authenticator_attachment,
            client_extension_results=client_extension_results,
        )

        authenticate_user_web_authn.additional_properties = d
        return authenticate_user_web_authn

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
