from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_bulk_invite_request_provider import (
    UserBulkInviteRequestProvider,
    check_user_bulk_invite_request_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserBulkInviteRequest")

_JSON_KEYS = frozenset(
    {
        "email",
        "username",
        "name",
        "profilePictureUrl",
        "password",
        "phoneNumber",
        "provider",
        "metadata",
        "skipInviteEmail",
        "roleIds",
        "emailMetadata",
        "expirationInSeconds",
        "verified",
    }
)
"""The property names of UserBulkInviteRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserBulkInviteRequest:
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    password: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    provider: UserBulkInviteRequestProvider | Unset = "local"
    metadata: str | Unset = UNSET
    skip_invite_email: bool | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    email_metadata: UserBulkInviteRequestEmailMetadata | Unset = UNSET
    expiration_in_seconds: float | Unset = UNSET
    verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        username = self.username

        name = self.name

        profile_picture_url = self.profile_picture_url

        password = self.password

        phone_number = self.phone_number

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        metadata = self.metadata

        skip_invite_email = self.skip_invite_email

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        email_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_metadata, Unset):
            email_metadata = self.email_metadata.to_dict()

        expiration_in_seconds = self.expiration_in_seconds

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if password is not UNSET:
            field_dict["password"] = password
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if provider is not UNSET:
            field_dict["provider"] = provider
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if skip_invite_email is not UNSET:
            field_dict["skipInviteEmail"] = skip_invite_email
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if email_metadata is not UNSET:
            field_dict["emailMetadata"] = email_metadata
        if expiration_in_seconds is not UNSET:
            field_dict["expirationInSeconds"] = expiration_in_seconds
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d.get("email", UNSET)

        username = d.get("username", UNSET)

        name = d.get("name", UNSET)

        profile_picture_url = d.get("profilePictureUrl", UNSET)

        password = d.get("password", UNSET)

        phone_number = d.get("phoneNumber", UNSET)

        _provider = d.get("provider", UNSET)
        provider: UserBulkInviteRequestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_user_bulk_invite_request_provider(_provider)

        metadata = d.get("metadata", UNSET)

        skip_invite_email = d.get("skipInviteEmail", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        _email_metadata = d.get("emailMetadata", UNSET)
        email_metadata: UserBulkInviteRequestEmailMetadata | Unset
        if isinstance(_email_metadata, Unset):
            email_metadata = UNSET
        else:
            email_metadata = UserBulkInviteRequestEmailMetadata.from_dict(_email_metadata)

        expiration_in_seconds = d.get("expirationInSeconds", UNSET)

        verified = d.get("verified", UNSET)

        user_bulk_invite_request = cls(
            email,
            username,
            name,
            profile_picture_url,
            password,
            phone_number,
            provider,
            metadata,
            skip_invite_email,
            role_ids,
            email_metadata,
            expiration_in_seconds,
            verified,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            user_bulk_invite_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_bulk_invite_request

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


# Imported after UserBulkInviteRequest is defined so that models referring to each other import in any order.
from ..models.user_bulk_invite_request_email_metadata import UserBulkInviteRequestEmailMetadata  # noqa: E402
