from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_v3_managed_by import UserV3ManagedBy, check_user_v3_managed_by
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UserV3")

_JSON_KEYS = frozenset(
    {
        "id",
        "email",
        "name",
        "profilePictureUrl",
        "sub",
        "verified",
        "mfaEnrolled",
        "provider",
        "tenantId",
        "tenantIds",
        "tenants",
        "metadata",
        "vendorMetadata",
        "createdAt",
        "lastLogin",
        "subAccountAccessAllowed",
        "mfaBypass",
        "phoneNumber",
        "activatedForTenant",
        "isLocked",
        "invisible",
        "superUser",
        "externalId",
        "managedBy",
    }
)
"""The property names of UserV3 in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserV3:
    id: str
    email: str
    name: str
    profile_picture_url: str
    sub: str
    verified: bool
    mfa_enrolled: bool
    provider: str
    tenant_id: str
    tenant_ids: list[str]
    tenants: list[UserTenant]
    metadata: str
    vendor_metadata: str
    created_at: datetime.datetime
    last_login: datetime.datetime
    sub_account_access_allowed: bool
    mfa_bypass: bool | Unset = UNSET
    phone_number: str | Unset = UNSET
    activated_for_tenant: bool | Unset = UNSET
    is_locked: bool | Unset = UNSET
    invisible: bool | Unset = UNSET
    super_user: bool | Unset = UNSET
    external_id: str | Unset = UNSET
    managed_by: UserV3ManagedBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        profile_picture_url = self.profile_picture_url

        sub = self.sub

        verified = self.verified

        mfa_enrolled = self.mfa_enrolled

        provider = self.provider

        tenant_id = self.tenant_id

        tenant_ids = self.tenant_ids

        tenants = []
        for tenants_item_data in self.tenants:
            tenants_item = tenants_item_data.to_dict()
            tenants.append(tenants_item)

        metadata = self.metadata

        vendor_metadata = self.vendor_metadata

        created_at = self.created_at.isoformat()

        last_login = self.last_login.isoformat()

        sub_account_access_allowed = self.sub_account_access_allowed

        mfa_bypass = self.mfa_bypass

        phone_number = self.phone_number

        activated_for_tenant = self.activated_for_tenant

        is_locked = self.is_locked

        invisible = self.invisible

        super_user = self.super_user

        external_id = self.external_id

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "profilePictureUrl": profile_picture_url,
                "sub": sub,
                "verified": verified,
                "mfaEnrolled": mfa_enrolled,
                "provider": provider,
                "tenantId": tenant_id,
                "tenantIds": tenant_ids,
                "tenants": tenants,
                "metadata": metadata,
                "vendorMetadata": vendor_metadata,
                "createdAt": created_at,
                "lastLogin": last_login,
                "subAccountAccessAllowed": sub_account_access_allowed,
            }
        )
        if mfa_bypass is not UNSET:
            field_dict["mfaBypass"] = mfa_bypass
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if activated_for_tenant is not UNSET:
            field_dict["activatedForTenant"] = activated_for_tenant
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if invisible is not UNSET:
            field_dict["invisible"] = invisible
        if super_user is not UNSET:
            field_dict["superUser"] = super_user
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        email = d["email"]

        name = d["name"]

        profile_picture_url = d["profilePictureUrl"]

        sub = d["sub"]

        verified = d["verified"]

        mfa_enrolled = d["mfaEnrolled"]

        provider = d["provider"]

        tenant_id = d["tenantId"]

        tenant_ids: list[str] = d["tenantIds"]

        tenants = [UserTenant.from_dict(tenants_item_data) for tenants_item_data in d["tenants"]]

        metadata = d["metadata"]

        vendor_metadata = d["vendorMetadata"]

        created_at = parse_datetime(d["createdAt"])

        last_login = parse_datetime(d["lastLogin"])

        sub_account_access_allowed = d["subAccountAccessAllowed"]

        mfa_bypass = d.get("mfaBypass", UNSET)

        phone_number = d.get("phoneNumber", UNSET)

        activated_for_tenant = d.get("activatedForTenant", UNSET)

        is_locked = d.get("isLocked", UNSET)

        invisible = d.get("invisible", UNSET)

        super_user = d.get("superUser", UNSET)

        external_id = d.get("externalId", UNSET)

        _managed_by = d.get("managedBy", UNSET)
        managed_by: UserV3ManagedBy | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_user_v3_managed_by(_managed_by)

        user_v3 = cls(
            id,
            email,
            name,
            profile_picture_url,
            sub,
            verified,
            mfa_enrolled,
            provider,
            tenant_id,
            tenant_ids,
            tenants,
            metadata,
            vendor_metadata,
            created_at,
            last_login,
            sub_account_access_allowed,
            mfa_bypass,
            phone_number,
            activated_for_tenant,
            is_locked,
            invisible,
            super_user,
            external_id,
            managed_by,
        )

        if len(d) > 16 and not d.keys() <= _JSON_KEYS:
            user_v3.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_v3

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


# Imported after UserV3 is defined so that models referring to each other import in any order.
from ..models.user_tenant import UserTenant  # noqa: E402
