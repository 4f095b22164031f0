from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSourceConfigurationViewTenantConfig")

_JSON_KEYS = frozenset(
    {
        "tenantResolverType",
        "tenantIdFieldName",
        "tenantId",
    }
)
"""The property names of UserSourceConfigurationViewTenantConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserSourceConfigurationViewTenantConfig:
    tenant_resolver_type: str
    tenant_id_field_name: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_resolver_type = self.tenant_resolver_type

        tenant_id_field_name = self.tenant_id_field_name

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantResolverType": tenant_resolver_type,
            }
        )
        if tenant_id_field_name is not UNSET:
            field_dict["tenantIdFieldName"] = tenant_id_field_name
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_resolver_type = d["tenantResolverType"]

        tenant_id_field_name = d.get("tenantIdFieldName", UNSET)

        tenant_id = d.get("tenantId", UNSET)

        user_source_configuration_view_tenant_config = cls(
            tenant_resolver_type,
            tenant_id_field_name,
            tenant_id,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            user_source_configuration_view_tenant_config.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return user_source_configuration_view_tenant_config

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
