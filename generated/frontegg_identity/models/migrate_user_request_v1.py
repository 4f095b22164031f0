from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migrate_user_request_v1_provider import (
    MigrateUserRequestV1Provider,
    check_migrate_user_request_v1_provider,
)
from ..models.password_hashing_type import PasswordHashingType, check_password_hashing_type
from ..models.phone_number_type import PhoneNumberType, check_phone_number_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrateUserRequestV1")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "email",
        "name",
        "profilePictureUrl",
        "passwordHash",
        "passwordHashType",
        "passwordHashConfig",
        "authenticatorAppMfaSecret",
        "phoneNumber",
        "phoneNumberType",
        "provider",
        "metadata",
        "roleIds",
        "vendorMetadata",
        "externalId",
        "username",
        "verifyUser",
    }
)
"""The property names of MigrateUserRequestV1 in JSON; any other key goes to additional_properties."""


@_attrs_define
class MigrateUserRequestV1:
    tenant_id: str
    email: str
    name: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    password_hash: str | Unset = UNSET
    password_hash_type: PasswordHashingType | Unset = UNSET
    password_hash_config: str | Unset = UNSET
    authenticator_app_mfa_secret: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_type: PhoneNumberType | Unset = UNSET
    provider: MigrateUserRequestV1Provider | Unset = "local"
    metadata: str | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    vendor_metadata: str | Unset = UNSET
    external_id: str | Unset = UNSET
    username: str | Unset = UNSET
    verify_user: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        email = self.email

        name = self.name

        profile_picture_url = self.profile_picture_url

        password_hash = self.password_hash

        password_hash_type: str | Unset = UNSET
        if not isinstance(self.password_hash_type, Unset):
            password_hash_type = self.password_hash_type

        password_hash_config = self.password_hash_config

        authenticator_app_mfa_secret = self.authenticator_app_mfa_secret

        phone_number = self.phone_number

        phone_number_type: str | Unset = UNSET
        if not isinstance(self.phone_number_type, Unset):
            phone_number_type = self.phone_number_type

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        metadata = self.metadata

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        vendor_metadata = self.vendor_metadata

        external_id = self.external_id

        username = self.username

        verify_user = self.verify_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if password_hash is not UNSET:
            field_dict["passwordHash"] = password_hash
        if password_hash_type is not UNSET:
            field_dict["passwordHashType"] = password_hash_type
        if password_hash_config is not UNSET:
            field_dict["passwordHashConfig"] = password_hash_config
        if authenticator_app_mfa_secret is not UNSET:
            field_dict["authenticatorAppMfaSecret"] = authenticator_app_mfa_secret
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_number_type is not UNSET:
            field_dict["phoneNumberType"] = phone_number_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if vendor_metadata is not UNSET:
            field_dict["vendorMetadata"] = vendor_metadata
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if username is not UNSET:
            field_dict["username"] = username
        if verify_user is not UNSET:
            field_dict["verifyUser"] = verify_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        email = d["email"]

        name = d.get("name", UNSET)

        profile_picture_url = d.get("profilePictureUrl", UNSET)

        password_hash = d.get("passwordHash", UNSET)

        _password_hash_type = d.get("passwordHashType", UNSET)
        password_hash_type: PasswordHashingType | Unset
        if isinstance(_password_hash_type, Unset):
            password_hash_type = UNSET
        else:
            password_hash_type = check_password_hashing_type(_password_hash_type)

        password_hash_config = d.get("passwordHashConfig", UNSET)

        authenticator_app_mfa_secret = d.get("authenticatorAppMfaSecret", UNSET)

        phone_number = d.get("phoneNumber", UNSET)

        _phone_number_type = d.get("phoneNumberType", UNSET)
        phone_number_type: PhoneNumberType | Unset
        if isinstance(_phone_number_type, Unset):
            phone_number_type = UNSET
        else:
            phone_number_type = check_phone_number_type(_phone_number_type)

        _provider = d.get("provider", UNSET)
        provider: MigrateUserRequestV1Provider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_migrate_user_request_v1_provider(_provider)

        metadata = d.get("metadata", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        vendor_metadata = d.get("vendorMetadata", UNSET)

        external_id = d.get("externalId", UNSET)

        username = d.get("username", UNSET)

        verify_user = d.get("verifyUser", UNSET)

        migrate_user_request_v1 = cls(
            tenant_id,
            email,
            name,
            profile_picture_url,
            password_hash,
            password_hash_type,
            password_hash_config,
            authenticator_app_mfa_secret,
            phone_number,
            phone_number_type,
            provider,
            metadata,
            role_ids,
            vendor_metadata,
            external_id,
            username,
            verify_user,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            migrate_user_request_v1.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return migrate_user_request_v1

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
