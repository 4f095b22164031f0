from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TenantPageMetadata")


@_attrs_define
class TenantPageMetadata:
    """Totals over every page."""

    total_items: int
    """ Tenants matching the query. """
    total_pages: int
    """ Pages of `_limit` tenants. """

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "totalItems": total_items,
                "totalPages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_items = d["totalItems"]

        total_pages = d["totalPages"]

        tenant_page_metadata = cls(
            total_items,
            total_pages,
        )

        return tenant_page_metadata
