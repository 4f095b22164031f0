from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TenantPage")


@_attrs_define
class TenantPage:
    """One page of tenants."""

    items: list[Tenant]
    """ The tenants on this page. """
    field_metadata: TenantPageMetadata
    """ Totals over every page. """
    field_links: TenantPageLinks
    """ Paths (with query) of neighbouring pages; a link is absent where no page is. """

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_metadata = self.field_metadata.to_dict()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "_metadata": field_metadata,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items = [Tenant.from_dict(items_item_data) for items_item_data in d["items"]]

        field_metadata = TenantPageMetadata.from_dict(d["_metadata"])

        field_links = TenantPageLinks.from_dict(d["_links"])

        tenant_page = cls(
            items,
            field_metadata,
            field_links,
        )

        return tenant_page


# Imported after TenantPage is defined so that models referring to each other import in any order.
from ..models.tenant import Tenant  # noqa: E402
from ..models.tenant_page_links import TenantPageLinks  # noqa: E402
from ..models.tenant_page_metadata import TenantPageMetadata  # noqa: E402
