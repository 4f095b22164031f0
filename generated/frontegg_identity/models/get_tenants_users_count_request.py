from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTenantsUsersCountRequest")

_JSON_KEYS = frozenset(
    {
        "tenantIds",
        "excludeInvisibleUsers",
    }
)
"""The property names of GetTenantsUsersCountRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetTenantsUsersCountRequest:
    tenant_ids: list[str]
    exclude_invisible_users: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_ids = self.tenant_ids

        exclude_invisible_users = self.exclude_invisible_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantIds": tenant_ids,
            }
        )
        if exclude_invisible_users is not UNSET:
            field_dict["excludeInvisibleUsers"] = exclude_invisible_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_ids: list[str] = d["tenantIds"]

        exclude_invisible_users = d.get("excludeInvisibleUsers", UNSET)

        get_tenants_users_count_request = cls(
            tenant_ids,
            exclude_invisible_users,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            get_tenants_users_count_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_tenants_users_count_request

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
