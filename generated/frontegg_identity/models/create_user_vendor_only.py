from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserVendorOnly")

_JSON_KEYS = frozenset(
    {
        "email",
        "tenantId",
        "username",
        "name",
        "password",
        "phoneNumber",
        "metadata",
        "vendorMetadata",
        "roleIds",
        "expirationInSeconds",
        "mfaBypass",
        "externalId",
    }
)
"""The property names of CreateUserVendorOnly in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateUserVendorOnly:
    email: str
    tenant_id: str
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    password: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    metadata: str | Unset = UNSET
    vendor_metadata: str | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    expiration_in_seconds: float | Unset = UNSET
    mfa_bypass: bool | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        tenant_id = self.tenant_id

        username = self.username

        name = self.name

        password = self.password

        phone_number = self.phone_number

        metadata = self.metadata

        vendor_metadata = self.vendor_metadata

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        expiration_in_seconds = self.expiration_in_seconds

        mfa_bypass = self.mfa_bypass

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "tenantId": tenant_id,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if password is not UNSET:
            field_dict["password"] = password
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if vendor_metadata is not UNSET:
            field_dict["vendorMetadata"] = vendor_metadata
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if expiration_in_seconds is not UNSET:
            field_dict["expirationInSeconds"] = expiration_in_seconds
        if mfa_bypass is not UNSET:
            field_dict["mfaBypass"] = mfa_bypass
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        tenant_id = d["tenantId"]

        username = d.get("username", UNSET)

        name = d.get("name", UNSET)

        password = d.get("password", UNSET)

        phone_number = d.get("phoneNumber", UNSET)

        metadata = d.get("metadata", UNSET)

        vendor_metadata = d.get("vendorMetadata", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        expiration_in_seconds = d.get("expirationInSeconds", UNSET)

        mfa_bypass = d.get("mfaBypass", UNSET)

        external_id = d.get("externalId", UNSET)

        create_user_vendor_only = cls(
            email,
            tenant_id,
            username,
            name,
            password,
            phone_number,
            metadata,
            vendor_metadata,
            role_ids,
            expiration_in_seconds,
            mfa_bypass,
            external_id,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            create_user_vendor_only.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_user_vendor_only

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
