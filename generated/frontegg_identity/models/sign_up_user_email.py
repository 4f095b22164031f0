from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sign_up_user_email_provider import SignUpUserEmailProvider, check_sign_up_user_email_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignUpUserEmail")

_JSON_KEYS = frozenset(
    {
        "email",
        "companyName",
        "provider",
        "metadata",
        "username",
        "name",
        "profilePictureUrl",
        "password",
        "skipInviteEmail",
        "roleIds",
        "emailMetadata",
        "recaptchaToken",
        "invitationToken",
        "phoneNumber",
    }
)
"""The property names of SignUpUserEmail in JSON; any other key goes to additional_properties."""


@_attrs_define
class SignUpUserEmail:
    email: str
    company_name: str
    provider: SignUpUserEmailProvider | Unset = "local"
    """ How the user signs in; `local` (a password) when omitted. """
    metadata: str | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    password: str | Unset = UNSET
    skip_invite_email: bool | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    email_metadata: SignUpUserEmailEmailMetadata | Unset = UNSET
    recaptcha_token: str | Unset = UNSET
    invitation_token: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        company_name = self.company_name

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        metadata = self.metadata

        username = self.username

        name = self.name

        profile_picture_url = self.profile_picture_url

        password = self.password

        skip_invite_email = self.skip_invite_email

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        email_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_metadata, Unset):
            email_metadata = self.email_metadata.to_dict()

        recaptcha_token = self.recaptcha_token

        invitation_token = self.invitation_token

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "companyName": company_name,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if password is not UNSET:
            field_dict["password"] = password
        if skip_invite_email is not UNSET:
            field_dict["skipInviteEmail"] = skip_invite_email
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if email_metadata is not UNSET:
            field_dict["emailMetadata"] = email_metadata
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token
        if invitation_token is not UNSET:
            field_dict["invitationToken"] = invitation_token
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        company_name = d["companyName"]

        _provider = d.get("provider", UNSET)
        provider: SignUpUserEmailProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_sign_up_user_email_provider(_provider)

        metadata = d.get("metadata", UNSET)

        username = d.get("username", UNSET)

        name = d.get("name", UNSET)

        profile_picture_url = d.get("profilePictureUrl", UNSET)

        password = d.get("password", UNSET)

        skip_invite_email = d.get("skipInviteEmail", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        _email_metadata = d.get("emailMetadata", UNSET)
        email_metadata: SignUpUserEmailEmailMetadata | Unset
        if isinstance(_email_metadata, Unset):
            email_metadata = UNSET
        else:
            email_metadata = SignUpUserEmailEmailMetadata.from_dict(_email_metadata)

        recaptcha_token = d.get("recaptchaToken", UNSET)

        invitation_token = d.get("invitationToken", UNSET)

        phone_number = d.get("phoneNumber", UNSET)

        sign_up_user_email = cls(
            email,
            company_name,
            provider,
            metadata,
            username,
            name,
            profile_picture_url,
            password,
            skip_invite_email,
            role_ids,
            email_metadata,
            recaptcha_token,
            invitation_token,
            phone_number,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            sign_up_user_email.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sign_up_user_email

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


# Imported after SignUpUserEmail is defined so that models referring to each other import in any order.
from ..models.sign_up_user_email_email_metadata import SignUpUserEmailEmailMetadata  # noqa: E402
