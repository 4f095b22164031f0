from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_status_status import TenantStatusStatus, check_tenant_status_status

T = TypeVar("T", bound="TenantStatus")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "status",
    }
)
"""The property names of TenantStatus in JSON; any other key goes to additional_properties."""


@_attrs_define
class TenantStatus:
    tenant_id: str
    status: TenantStatusStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        status = check_tenant_status_status(d["status"])

        tenant_status = cls(
            tenant_id,
            status,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            tenant_status.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return tenant_status

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
