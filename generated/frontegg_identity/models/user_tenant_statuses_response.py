from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserTenantStatusesResponse")

_JSON_KEYS = frozenset(
    {
        "userId",
        "tenantsStatuses",
    }
)
"""The property names of UserTenantStatusesResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserTenantStatusesResponse:
    user_id: str
    tenants_statuses: list[TenantStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        tenants_statuses = []
        for tenants_statuses_item_data in self.tenants_statuses:
            tenants_statuses_item = tenants_statuses_item_data.to_dict()
            tenants_statuses.append(tenants_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "tenantsStatuses": tenants_statuses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        tenants_statuses = [
            TenantStatus.from_dict(tenants_statuses_item_data) for tenants_statuses_item_data in d["tenantsStatuses"]
        ]

        user_tenant_statuses_response = cls(
            user_id,
            tenants_statuses,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            user_tenant_statuses_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_tenant_statuses_response

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


# Imported after UserTenantStatusesResponse is defined so that models referring to each other import in any order.
from ..models.tenant_status import TenantStatus  # noqa: E402
