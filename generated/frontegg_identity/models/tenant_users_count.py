from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TenantUsersCount")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "totalUsers",
        "totalAccessAllowedUsers",
    }
)
"""The property names of TenantUsersCount in JSON; any other key goes to additional_properties."""


@_attrs_define
class TenantUsersCount:
    tenant_id: str
    total_users: int
    total_access_allowed_users: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        total_users = self.total_users

        total_access_allowed_users = self.total_access_allowed_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "totalUsers": total_users,
                "totalAccessAllowedUsers": total_access_allowed_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        total_users = d["totalUsers"]

        total_access_allowed_users = d["totalAccessAllowedUsers"]

        tenant_users_count = cls(
            tenant_id,
            total_users,
            total_access_allowed_users,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            tenant_users_count.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return tenant_users_count

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
