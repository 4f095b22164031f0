from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SubTenantUser")

_JSON_KEYS = frozenset(
    {
        "id",
        "sub",
        "email",
        "verified",
        "mfaEnrolled",
        "provider",
        "tenantId",
        "tenantIds",
        "tenants",
        "metadata",
        "createdAt",
        "name",
        "phoneNumber",
        "profilePictureUrl",
        "isLocked",
        "invisible",
        "superUser",
        "subAccountAccessAllowed",
    }
)
"""The property names of SubTenantUser in JSON; any other key goes to additional_properties."""


@_attrs_define
class SubTenantUser:
    id: str
    sub: str
    email: str
    verified: bool
    mfa_enrolled: bool
    provider: str
    tenant_id: str
    tenant_ids: list[str]
    tenants: list[SubTenantUserTenant]
    metadata: str
    created_at: datetime.datetime
    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    is_locked: bool | Unset = UNSET
    invisible: bool | Unset = UNSET
    super_user: bool | Unset = UNSET
    sub_account_access_allowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sub = self.sub

        email = self.email

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

        created_at = self.created_at.isoformat()

        name = self.name

        phone_number = self.phone_number

        profile_picture_url = self.profile_picture_url

        is_locked = self.is_locked

        invisible = self.invisible

        super_user = self.super_user

        sub_account_access_allowed = self.sub_account_access_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sub": sub,
                "email": email,
                "verified": verified,
                "mfaEnrolled": mfa_enrolled,
                "provider": provider,
                "tenantId": tenant_id,
                "tenantIds": tenant_ids,
                "tenants": tenants,
                "metadata": metadata,
                "createdAt": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if invisible is not UNSET:
            field_dict["invisible"] = invisible
        if super_user is not UNSET:
            field_dict["superUser"] = super_user
        if sub_account_access_allowed is not UNSET:
            field_dict["subAccountAccessAllowed"] = sub_account_access_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        sub = d["sub"]

        email = d["email"]

        verified = d["verified"]

        mfa_enrolled = d["mfaEnrolled"]

        provider = d["provider"]

        tenant_id = d["tenantId"]

        tenant_ids: list[str] = d["tenantIds"]

        tenants = [SubTenantUserTenant.from_dict(tenants_item_data) for tenants_item_data in d["tenants"]]

        metadata = d["metadata"]

        created_at = parse_datetime(d["createdAt"])

        name = d.get("name", UNSET)

        phone_number = d.get("phoneNumber", UNSET)

        profile_picture_url = d.get("profilePictureUrl", UNSET)

        is_locked = d.get("isLocked", UNSET)

        invisible = d.get("invisible", UNSET)

        super_user = d.get("superUser", UNSET)

        sub_account_access_allowed = d.get("subAccountAccessAllowed", UNSET)

        sub_tenant_user = cls(
            id,
            sub,
            email,
            verified,
            mfa_enrolled,
            provider,
            tenant_id,
            tenant_ids,
            tenants,
            metadata,
            created_at,
            name,
            phone_number,
            profile_picture_url,
            is_locked,
            invisible,
            super_user,
            sub_account_access_allowed,
        )

        if len(d) > 11 and not d.keys() <= _JSON_KEYS:
            sub_tenant_user.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sub_tenant_user

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


# Imported after SubTenantUser is defined so that models referring to each other import in any order.
from ..models.sub_tenant_user_tenant import SubTenantUserTenant  # noqa: E402
