from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FronteggPaginationLinks")

_JSON_KEYS = frozenset(
    {
        "next",
        "prev",
        "first",
        "last",
    }
)
"""The property names of FronteggPaginationLinks in JSON; any other key goes to additional_properties."""


@_attrs_define
class FronteggPaginationLinks:
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    first: str | Unset = UNSET
    last: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        first = self.first

        last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        next_ = d.get("next", UNSET)

        prev = d.get("prev", UNSET)

        first = d.get("first", UNSET)

        last = d.get("last", UNSET)

        frontegg_pagination_links = cls(
            next_,
            prev,
            first,
            last,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            frontegg_pagination_links.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return frontegg_pagination_links

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
