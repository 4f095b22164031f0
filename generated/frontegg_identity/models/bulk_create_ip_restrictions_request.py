from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkCreateIpRestrictionsRequest")

_JSON_KEYS = frozenset(
    {
        "ips",
    }
)
"""The property names of BulkCreateIpRestrictionsRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class BulkCreateIpRestrictionsRequest:
    ips: list[CreateOrUpdateIpRestriction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ips = []
        for ips_item_data in self.ips:
            ips_item = ips_item_data.to_dict()
            ips.append(ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ips": ips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ips = [CreateOrUpdateIpRestriction.from_dict(ips_item_data) for ips_item_data in d["ips"]]

        bulk_create_ip_restrictions_request = cls(
            ips,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            bulk_create_ip_restrictions_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return bulk_create_ip_restrictions_request

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


# Imported after BulkCreateIpRestrictionsRequest is defined so that models referring to each other import in any order.
from ..models.create_or_update_ip_restriction import CreateOrUpdateIpRestriction  # noqa: E402
