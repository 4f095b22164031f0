from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetUserTenantsHierarchyResponse")

_JSON_KEYS = frozenset(
    {
        "tenants",
    }
)
"""The property names of GetUserTenantsHierarchyResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetUserTenantsHierarchyResponse:
    """The user's accounts as trees, an account below another of its accounts nested under it."""

    tenants: list[UserTenantHierarchyNode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenants = []
        for tenants_item_data in self.tenants:
            tenants_item = tenants_item_data.to_dict()
            tenants.append(tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenants": tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenants = [UserTenantHierarchyNode.from_dict(tenants_item_data) for tenants_item_data in d["tenants"]]

        get_user_tenants_hierarchy_response = cls(
            tenants,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            get_user_tenants_hierarchy_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return get_user_tenants_hierarchy_response

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


# Imported after GetUserTenantsHierarchyResponse is defined so that models referring to each other import in any order.
from ..models.user_tenant_hierarchy_node import UserTenantHierarchyNode  # noqa: E402
