from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Tenant")


@_attrs_define
class Tenant:
    """A tenant as the API answers it."""

    id: str
    """ The tenant's id (the same as tenantId). """
    tenant_id: str
    """ The tenant's id. """
    vendor_id: str
    """ Client ID of the environment the tenant belongs to. """
    name: str
    """ Display name. """
    is_reseller: bool
    """ Whether the tenant resells the vendor's product. """
    metadata: None | str
    """ The stored metadata as JSON text (decode it to read the value), null when none was set.
    Frontegg answers it encoded for object and number metadata alike.
     """
    created_at: datetime.datetime
    """ When the tenant was created. """
    updated_at: datetime.datetime
    """ When the tenant last changed. """
    deleted_at: datetime.datetime | None
    """ Always null for a tenant that still exists. """
    status: None | str | Unset = UNSET
    """ Lifecycle label, when one was set. """
    website: None | str | Unset = UNSET
    """ The tenant's website. """
    application_url: None | str | Unset = UNSET
    """ Where the tenant's users open the application. """
    logo: None | str | Unset = UNSET
    """ Logo image. """
    logo_url: None | str | Unset = UNSET
    """ Link to the logo image. """
    address: None | str | Unset = UNSET
    """ Postal address. """
    timezone: None | str | Unset = UNSET
    """ Time zone name. """
    currency: None | str | Unset = UNSET
    """ Currency code. """
    creator_name: None | str | Unset = UNSET
    """ Name of the person who created the tenant. """
    creator_email: None | str | Unset = UNSET
    """ Email address of the person who created the tenant. """
    parent_tenant_id: None | str | Unset = UNSET
    """ The parent tenant, when one was given. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        vendor_id = self.vendor_id

        name = self.name

        is_reseller = self.is_reseller

        metadata: None | str
        metadata = self.metadata

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
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

        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "vendorId": vendor_id,
                "name": name,
                "isReseller": is_reseller,
                "metadata": metadata,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "deletedAt": deleted_at,
            }
        )
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

        vendor_id = d["vendorId"]

        name = d["name"]

        is_reseller = d["isReseller"]

        metadata: None | str = d["metadata"]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deleted_at = _parse_deleted_at(d["deletedAt"])

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

        tenant = cls(
            id,
            tenant_id,
            vendor_id,
            name,
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

        return tenant
