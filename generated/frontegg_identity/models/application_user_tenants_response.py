from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="ApplicationUserTenantsResponse")

_JSON_KEYS = frozenset(
    {
        "appId",
        "userTenantId",
        "createdAt",
    }
)
"""The property names of ApplicationUserTenantsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApplicationUserTenantsResponse:
    app_id: str
    user_tenant_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        user_tenant_id = self.user_tenant_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "userTenantId": user_tenant_id,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        app_id = d["appId"]

        user_tenant_id = d["userTenantId"]

        created_at = parse_datetime(d["createdAt"])

        application_user_tenants_response = cls(
            app_id,
            user_tenant_id,
            created_at,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            application_user_tenants_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return application_user_tenants_response

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
