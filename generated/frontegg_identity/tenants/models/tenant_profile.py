from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantProfile")

_JSON_KEYS = frozenset(
    {
        "name",
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
        "isReseller",
        "metadata",
    }
)
"""The property names of TenantProfile in JSON; any other key goes to additional_properties."""


@_attrs_define
class TenantProfile:
    """The descriptive fields a tenant may carry, as clients send them on create and update. Null is
    accepted for each optional field and stored as absent (frontegg-ruby sends `website: nil`).

    """

    name: str | Unset = UNSET
    """ Display name. """
    status: None | str | Unset = UNSET
    """ Free-form lifecycle label chosen by the vendor. """
    website: None | str | Unset = UNSET
    """ The tenant's website. """
    application_url: None | str | Unset = UNSET
    """ Where the tenant's users open the application. """
    logo: None | str | Unset = UNSET
    """ Logo image (a data URL or a link). """
    logo_url: None | str | Unset = UNSET
    """ Link to the logo image. """
    address: None | str | Unset = UNSET
    """ Postal address. """
    timezone: None | str | Unset = UNSET
    """ Time zone name, such as Europe/Berlin. """
    currency: None | str | Unset = UNSET
    """ Currency code, such as EUR. """
    creator_name: None | str | Unset = UNSET
    """ Name of the person who created the tenant. """
    creator_email: None | str | Unset = UNSET
    """ Email address of the person who created the tenant. """
    is_reseller: bool | None | Unset = UNSET
    """ Whether the tenant resells the vendor's product. """
    metadata: Any | Unset = UNSET
    """ Any JSON value. A string is stored as sent (clients such as frontegg-ruby send metadata
    already encoded); any other value is stored as its JSON text, and null clears it.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        is_reseller: bool | None | Unset
        if isinstance(self.is_reseller, Unset):
            is_reseller = UNSET
        else:
            is_reseller = self.is_reseller

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        if is_reseller is not UNSET:
            field_dict["isReseller"] = is_reseller
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

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

        is_reseller: bool | None | Unset = d.get("isReseller", UNSET)

        metadata = d.get("metadata", UNSET)

        tenant_profile = cls(
            name,
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
            is_reseller,
            metadata,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            tenant_profile.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return tenant_profile

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
