from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FronteggPaginationMetadata")

_JSON_KEYS = frozenset(
    {
        "totalItems",
        "totalPages",
    }
)
"""The property names of FronteggPaginationMetadata in JSON; any other key goes to additional_properties."""


@_attrs_define
class FronteggPaginationMetadata:
    total_items: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        frontegg_pagination_metadata = cls(
            total_items,
            total_pages,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            frontegg_pagination_metadata.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return frontegg_pagination_metadata

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
