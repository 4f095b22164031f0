from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveUserFromSubTenantsRequest")

_JSON_KEYS = frozenset(
    {
        "userId",
        "subTenants",
    }
)
"""The property names of RemoveUserFromSubTenantsRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class RemoveUserFromSubTenantsRequest:
    user_id: str
    sub_tenants: list[RemoveUserFromSubTenantsRequestSubTenantsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        sub_tenants = []
        for sub_tenants_item_data in self.sub_tenants:
            sub_tenants_item = sub_tenants_item_data.to_dict()
            sub_tenants.append(sub_tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "subTenants": sub_tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        sub_tenants = [
            RemoveUserFromSubTenantsRequestSubTenantsItem.from_dict(sub_tenants_item_data)
            for sub_tenants_item_data in d["subTenants"]
        ]

        remove_user_from_sub_tenants_request = cls(
            user_id,
            sub_tenants,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            remove_user_from_sub_tenants_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return remove_user_from_sub_tenants_request

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


# Imported after RemoveUserFromSubTenantsRequest is defined so that models referring to each other import in any order.
from ..models.remove_user_from_sub_tenants_request_sub_tenants_item import RemoveUserFromSubTenantsRequestSubTenantsItem  # noqa: E402
