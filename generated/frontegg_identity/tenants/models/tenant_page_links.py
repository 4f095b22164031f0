from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantPageLinks")


@_attrs_define
class TenantPageLinks:
    """Paths (with query) of neighbouring pages; a link is absent where no page is."""

    first: str | Unset = UNSET
    """ The first page. """
    last: str | Unset = UNSET
    """ The last page. """
    next_: str | Unset = UNSET
    """ The following page. """
    prev: str | Unset = UNSET
    """ The preceding page. """

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        last = self.last

        next_ = self.next_

        prev = self.prev

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        first = d.get("first", UNSET)

        last = d.get("last", UNSET)

        next_ = d.get("next", UNSET)

        prev = d.get("prev", UNSET)

        tenant_page_links = cls(
            first,
            last,
            next_,
            prev,
        )

        return tenant_page_links
