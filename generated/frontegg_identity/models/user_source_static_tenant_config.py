from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_source_static_tenant_config_tenant_resolver_type import (
    UserSourceStaticTenantConfigTenantResolverType,
    check_user_source_static_tenant_config_tenant_resolver_type,
)

T = TypeVar("T", bound="UserSourceStaticTenantConfig")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "tenantResolverType",
    }
)
"""The property names of UserSourceStaticTenantConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserSourceStaticTenantConfig:
    tenant_id: str
    tenant_resolver_type: UserSourceStaticTenantConfigTenantResolverType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        tenant_resolver_type: str = self.tenant_resolver_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "tenantResolverType": tenant_resolver_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        tenant_resolver_type = check_user_source_static_tenant_config_tenant_resolver_type(d["tenantResolverType"])

        user_source_static_tenant_config = cls(
            tenant_id,
            tenant_resolver_type,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            user_source_static_tenant_config.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_source_static_tenant_config

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
