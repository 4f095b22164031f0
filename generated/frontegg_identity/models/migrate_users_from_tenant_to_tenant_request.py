from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MigrateUsersFromTenantToTenantRequest")

_JSON_KEYS = frozenset(
    {
        "srcTenantId",
        "targetTenantId",
    }
)
"""The property names of MigrateUsersFromTenantToTenantRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class MigrateUsersFromTenantToTenantRequest:
    src_tenant_id: str
    target_tenant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src_tenant_id = self.src_tenant_id

        target_tenant_id = self.target_tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "srcTenantId": src_tenant_id,
                "targetTenantId": target_tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        src_tenant_id = d["srcTenantId"]

        target_tenant_id = d["targetTenantId"]

        migrate_users_from_tenant_to_tenant_request = cls(
            src_tenant_id,
            target_tenant_id,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            migrate_users_from_tenant_to_tenant_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return migrate_users_from_tenant_to_tenant_request

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
