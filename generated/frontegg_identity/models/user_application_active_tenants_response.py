from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserApplicationActiveTenantsResponse")

_JSON_KEYS = frozenset(
    {
        "applicationActiveTenants",
    }
)
"""The property names of UserApplicationActiveTenantsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserApplicationActiveTenantsResponse:
    application_active_tenants: list[UserApplicationActiveTenantResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_active_tenants = []
        for application_active_tenants_item_data in self.application_active_tenants:
            application_active_tenants_item = application_active_tenants_item_data.to_dict()
            application_active_tenants.append(application_active_tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationActiveTenants": application_active_tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        application_active_tenants = [
            UserApplicationActiveTenantResponse.from_dict(application_active_tenants_item_data)
            for application_active_tenants_item_data in d["applicationActiveTenants"]
        ]

        user_application_active_tenants_response = cls(
            application_active_tenants,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            user_application_active_tenants_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return user_application_active_tenants_response

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


# Imported after UserApplicationActiveTenantsResponse is defined so that models referring to each other import in any order.
from ..models.user_application_active_tenant_response import UserApplicationActiveTenantResponse  # noqa: E402
