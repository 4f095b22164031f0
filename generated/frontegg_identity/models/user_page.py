from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPage")

_JSON_KEYS = frozenset(
    {
        "items",
        "_metadata",
        "_links",
    }
)
"""The property names of UserPage in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserPage:
    """One page of results with links to its neighbours and the totals."""

    items: list[User]
    field_metadata: FronteggPaginationMetadata
    field_links: FronteggPaginationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_metadata = self.field_metadata.to_dict()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "_metadata": field_metadata,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items = [User.from_dict(items_item_data) for items_item_data in d["items"]]

        field_metadata = FronteggPaginationMetadata.from_dict(d["_metadata"])

        _field_links = d.get("_links", UNSET)
        field_links: FronteggPaginationLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = FronteggPaginationLinks.from_dict(_field_links)

        user_page = cls(
            items,
            field_metadata,
            field_links,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            user_page.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_page

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


# Imported after UserPage is defined so that models referring to each other import in any order.
from ..models.frontegg_pagination_links import FronteggPaginationLinks  # noqa: E402
from ..models.frontegg_pagination_metadata import FronteggPaginationMetadata  # noqa: E402
from ..models.user import User  # noqa: E402
