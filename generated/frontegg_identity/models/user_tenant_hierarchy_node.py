from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTenantHierarchyNode")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "children",
        "name",
        "parentTenantId",
        "isMember",
    }
)
"""The property names of UserTenantHierarchyNode in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserTenantHierarchyNode:
    tenant_id: str
    children: list[UserTenantHierarchyNode]
    name: str | Unset = UNSET
    parent_tenant_id: None | str | Unset = UNSET
    is_member: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        name = self.name

        parent_tenant_id: None | str | Unset
        if isinstance(self.parent_tenant_id, Unset):
            parent_tenant_id = UNSET
        else:
            parent_tenant_id = self.parent_tenant_id

        is_member = self.is_member

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "children": children,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if parent_tenant_id is not UNSET:
            field_dict["parentTenantId"] = parent_tenant_id
        if is_member is not UNSET:
            field_dict["isMember"] = is_member

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        children = [UserTenantHierarchyNode.from_dict(children_item_data) for children_item_data in d["children"]]

        name = d.get("name", UNSET)

        parent_tenant_id: None | str | Unset = d.get("parentTenantId", UNSET)

        is_member = d.get("isMember", UNSET)

        user_tenant_hierarchy_node = cls(
            tenant_id,
            children,
            name,
            parent_tenant_id,
            is_member,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            user_tenant_hierarchy_node.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_tenant_hierarchy_node

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
