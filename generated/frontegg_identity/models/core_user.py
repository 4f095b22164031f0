from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.core_user_managed_by import CoreUserManagedBy, check_core_user_managed_by
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_tenant import UserTenant


T = TypeVar("T", bound="CoreUser")


@_attrs_define
class CoreUser:
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
    managed_by: CoreUserManagedBy | Unset = UNSET
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
        from ..models.user_tenant import UserTenant  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        profile_picture_url = d.pop("profilePictureUrl")

        sub = d.pop("sub")

        verified = d.pop("verified")

        mfa_enrolled = d.pop("mfaEnrolled")

        provider = d.pop("provider")

        tenant_id = d.pop("tenantId")

        tenant_ids = cast(list[str], d.pop("tenantIds"))

        tenants = []
        _tenants = d.pop("tenants")
        for tenants_item_data in _tenants:
            tenants_item = UserTenant.from_dict(tenants_item_data)

            tenants.append(tenants_item)

        metadata = d.pop("metadata")

        vendor_metadata = d.pop("vendorMetadata")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        last_login = datetime.datetime.fromisoformat(d.pop("lastLogin"))

        sub_account_access_allowed = d.pop("subAccountAccessAllowed")

        mfa_bypass = d.pop("mfaBypass", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        activated_for_tenant = d.pop("activatedForTenant", UNSET)

        is_locked = d.pop("isLocked", UNSET)

        invisible = d.pop("invisible", UNSET)

        super_user = d.pop("superUser", UNSET)

        external_id = d.pop("externalId", UNSET)

        _managed_by = d.pop("managedBy", UNSET)
        managed_by: CoreUserManagedBy | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_core_user_managed_by(_managed_by)

        core_user = cls(
            id=id,
            email=email,
            name=name,
            profile_picture_url=profile_picture_url,
            sub=sub,
            verified=verified,
            mfa_enrolled=mfa_enrolled,
            provider=provider,
            tenant_id=tenant_id,
            tenant_ids=tenant_ids,
            tenants=tenants,
            metadata=metadata,
            vendor_metadata=vendor_metadata,
            created_at=created_at,
            last_login=last_login,
            sub_account_access_allowed=sub_account_access_allowed,
            mfa_bypass=mfa_bypass,
            phone_number=phone_number,
            activated_for_tenant=activated_for_tenant,
            is_locked=is_locked,
            invisible=invisible,
            super_user=super_user,
            external_id=external_id,
            managed_by=managed_by,
        )

        core_user.additional_properties = d
        return core_user

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
