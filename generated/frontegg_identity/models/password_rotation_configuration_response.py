from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="PasswordRotationConfigurationResponse")

_JSON_KEYS = frozenset(
    {
        "createdAt",
        "updatedAt",
        "isActive",
        "rotationPeriod",
        "notificationPeriod",
        "tenantId",
    }
)
"""The property names of PasswordRotationConfigurationResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasswordRotationConfigurationResponse:
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_active: bool
    rotation_period: float
    notification_period: float
    tenant_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_active = self.is_active

        rotation_period = self.rotation_period

        notification_period = self.notification_period

        tenant_id: None | str
        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "updatedAt": updated_at,
                "isActive": is_active,
                "rotationPeriod": rotation_period,
                "notificationPeriod": notification_period,
                "tenantId": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        is_active = d["isActive"]

        rotation_period = d["rotationPeriod"]

        notification_period = d["notificationPeriod"]

        tenant_id: None | str = d["tenantId"]

        password_rotation_configuration_response = cls(
            created_at,
            updated_at,
            is_active,
            rotation_period,
            notification_period,
            tenant_id,
        )

        if len(d) > 6 and not d.keys() <= _JSON_KEYS:
            password_rotation_configuration_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return password_rotation_configuration_response

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
