from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TenantInfo")

_JSON_KEYS = frozenset(
    {
        "id",
        "tenantId",
        "name",
        "vendorId",
        "isReseller",
        "metadata",
        "createdAt",
        "updatedAt",
        "deletedAt",
        "status",
        "website",
        "applicationUrl",
        "logo",
        "logoUrl",
        "address",
        "timezone",
        "currency",
        "creatorName",
        "creatorEmail",
        "parentTenantId",
    }
)
"""The property names of TenantInfo in JSON; any other key goes to additional_properties."""


@_attrs_define
class TenantInfo:
    """An account (tenant) the user belongs to."""

    id: str
    tenant_id: str
    name: str
    vendor_id: str | Unset = UNSET
    is_reseller: bool | Unset = UNSET
    metadata: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    application_url: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    creator_name: None | str | Unset = UNSET
    creator_email: None | str | Unset = UNSET
    parent_tenant_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        name = self.name

        vendor_id = self.vendor_id

        is_reseller = self.is_reseller

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        application_url: None | str | Unset
        if isinstance(self.application_url, Unset):
            application_url = UNSET
        else:
            application_url = self.application_url

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        creator_name: None | str | Unset
        if isinstance(self.creator_name, Unset):
            creator_name = UNSET
        else:
            creator_name = self.creator_name

        creator_email: None | str | Unset
        if isinstance(self.creator_email, Unset):
            creator_email = UNSET
        else:
            creator_email = self.creator_email

        parent_tenant_id: None | str | Unset
        if isinstance(self.parent_tenant_id, Unset):
            parent_tenant_id = UNSET
        else:
            parent_tenant_id = self.parent_tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "name": name,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if is_reseller is not UNSET:
            field_dict["isReseller"] = is_reseller
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if status is not UNSET:
            field_dict["status"] = status
        if website is not UNSET:
            field_dict["website"] = website
        if application_url is not UNSET:
            field_dict["applicationUrl"] = application_url
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if address is not UNSET:
            field_dict["address"] = address
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if currency is not UNSET:
            field_dict["currency"] = currency
        if creator_name is not UNSET:
            field_dict["creatorName"] = creator_name
        if creator_email is not UNSET:
            field_dict["creatorEmail"] = creator_email
        if parent_tenant_id is not UNSET:
            field_dict["parentTenantId"] = parent_tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        tenant_id = d["tenantId"]

        name = d["name"]

        vendor_id = d.get("vendorId", UNSET)

        is_reseller = d.get("isReseller", UNSET)

        metadata: None | str | Unset = d.get("metadata", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.get("deletedAt", UNSET))

        status: None | str | Unset = d.get("status", UNSET)

        website: None | str | Unset = d.get("website", UNSET)

        application_url: None | str | Unset = d.get("applicationUrl", UNSET)

        logo: None | str | Unset = d.get("logo", UNSET)

        logo_url: None | str | Unset = d.get("logoUrl", UNSET)

        address: None | str | Unset = d.get("address", UNSET)

        timezone: None | str | Unset = d.get("timezone", UNSET)

        currency: None | str | Unset = d.get("currency", UNSET)

        creator_name: None | str | Unset = d.get("creatorName", UNSET)

        creator_email: None | str | Unset = d.get("creatorEmail", UNSET)

        parent_tenant_id: None | str | Unset = d.get("parentTenantId", UNSET)

        tenant_info = cls(
            id,
            tenant_id,
            name,
            vendor_id,
            is_reseller,
            metadata,
            created_at,
            updated_at,
            deleted_at,
            status,
            website,
            application_url,
            logo,
            logo_url,
            address,
            timezone,
            currency,
            creator_name,
            creator_email,
            parent_tenant_id,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            tenant_info.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return tenant_info

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
