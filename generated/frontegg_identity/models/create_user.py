from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_user_provider import CreateUserProvider, check_create_user_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUser")

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
    }
)
"""The property names of CreateUser in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateUser:
    email: str
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    password: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    provider: CreateUserProvider | Unset = "local"
    metadata: Any | Unset = UNSET
    """ Any JSON value. A string is stored as sent (already encoded JSON); any other value is stored as its JSON
    text; null or absent stores none. Answered as JSON text. """
    skip_invite_email: bool | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    email_metadata: CreateUserEmailMetadata | Unset = UNSET
    expiration_in_seconds: float | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        username = d.get("username", UNSET)

        name = d.get("name", UNSET)

        profile_picture_url = d.get("profilePictureUrl", UNSET)

        password = d.get("password", UNSET)

        phone_number = d.get("phoneNumber", UNSET)

        _provider = d.get("provider", UNSET)
        provider: CreateUserProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_create_user_provider(_provider)

        metadata = d.get("metadata", UNSET)

        skip_invite_email = d.get("skipInviteEmail", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        _email_metadata = d.get("emailMetadata", UNSET)
        email_metadata: CreateUserEmailMetadata | Unset
        if isinstance(_email_metadata, Unset):
            email_metadata = UNSET
        else:
            email_metadata = CreateUserEmailMetadata.from_dict(_email_metadata)

        expiration_in_seconds = d.get("expirationInSeconds", UNSET)

        create_user = cls(
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
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            create_user.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_user

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


# Imported after CreateUser is defined so that models referring to each other import in any order.
from ..models.create_user_email_metadata import CreateUserEmailMetadata  # noqa: E402
