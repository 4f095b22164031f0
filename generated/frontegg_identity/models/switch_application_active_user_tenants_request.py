from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SwitchApplicationActiveUserTenantsRequest")

_JSON_KEYS = frozenset(
    {
        "activeApplicationTenants",
    }
)
"""The property names of SwitchApplicationActiveUserTenantsRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class SwitchApplicationActiveUserTenantsRequest:
    active_application_tenants: list[SwitchApplicationActiveUserTenant]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_application_tenants = []
        for active_application_tenants_item_data in self.active_application_tenants:
            active_application_tenants_item = active_application_tenants_item_data.to_dict()
            active_application_tenants.append(active_application_tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeApplicationTenants": active_application_tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        active_application_tenants = [
            SwitchApplicationActiveUserTenant.from_dict(active_application_tenants_item_data)
            for active_application_tenants_item_data in d["activeApplicationTenants"]
        ]

        switch_application_active_user_tenants_request = cls(
            active_application_tenants,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            switch_application_active_user_tenants_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return switch_application_active_user_tenants_request

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


# Imported after SwitchApplicationActiveUserTenantsRequest is defined so that models referring to each other import in any order.
from ..models.switch_application_active_user_tenant import SwitchApplicationActiveUserTenant  # noqa: E402
