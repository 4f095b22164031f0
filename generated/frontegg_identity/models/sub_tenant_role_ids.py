from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubTenantRoleIds")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "roleIds",
    }
)
"""The property names of SubTenantRoleIds in JSON; any other key goes to additional_properties."""


@_attrs_define
class SubTenantRoleIds:
    tenant_id: str
    role_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
            }
        )
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        sub_tenant_role_ids = cls(
            tenant_id,
            role_ids,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            sub_tenant_role_ids.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sub_tenant_role_ids

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
