from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserTenantsResponse")

_JSON_KEYS = frozenset(
    {
        "tenants",
        "activeTenant",
    }
)
"""The property names of GetUserTenantsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetUserTenantsResponse:
    tenants: list[TenantInfo]
    active_tenant: TenantInfo | Unset = UNSET
    """ An account (tenant) the user belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenants = []
        for tenants_item_data in self.tenants:
            tenants_item = tenants_item_data.to_dict()
            tenants.append(tenants_item)

        active_tenant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_tenant, Unset):
            active_tenant = self.active_tenant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenants": tenants,
            }
        )
        if active_tenant is not UNSET:
            field_dict["activeTenant"] = active_tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenants = [TenantInfo.from_dict(tenants_item_data) for tenants_item_data in d["tenants"]]

        _active_tenant = d.get("activeTenant", UNSET)
        active_tenant: TenantInfo | Unset
        if isinstance(_active_tenant, Unset):
            active_tenant = UNSET
        else:
            active_tenant = TenantInfo.from_dict(_active_tenant)

        get_user_tenants_response = cls(
            tenants,
            active_tenant,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            get_user_tenants_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_user_tenants_response

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


# Imported after GetUserTenantsResponse is defined so that models referring to each other import in any order.
from ..models.tenant_info import TenantInfo  # noqa: E402
