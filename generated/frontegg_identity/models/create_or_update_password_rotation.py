from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrUpdatePasswordRotation")

_JSON_KEYS = frozenset(
    {
        "isActive",
        "rotationPeriod",
        "notificationPeriod",
    }
)
"""The property names of CreateOrUpdatePasswordRotation in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateOrUpdatePasswordRotation:
    is_active: bool | Unset = False
    rotation_period: float | Unset = 129600.0
    notification_period: float | Unset = 10080.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        rotation_period = self.rotation_period

        notification_period = self.notification_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if rotation_period is not UNSET:
            field_dict["rotationPeriod"] = rotation_period
        if notification_period is not UNSET:
            field_dict["notificationPeriod"] = notification_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        is_active = d.get("isActive", UNSET)

        rotation_period = d.get("rotationPeriod", UNSET)

        notification_period = d.get("notificationPeriod", UNSET)

        create_or_update_password_rotation = cls(
            is_active,
            rotation_period,
            notification_period,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_or_update_password_rotation.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_or_update_password_rotation

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
