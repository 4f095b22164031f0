from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.passkey_device_device_type import PasskeyDeviceDeviceType, check_passkey_device_device_type
from ..types import parse_datetime

T = TypeVar("T", bound="PasskeyDevice")

_JSON_KEYS = frozenset(
    {
        "id",
        "deviceType",
        "createdAt",
    }
)
"""The property names of PasskeyDevice in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasskeyDevice:
    id: str
    device_type: PasskeyDeviceDeviceType
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        device_type: str = self.device_type

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deviceType": device_type,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        device_type = check_passkey_device_device_type(d["deviceType"])

        created_at = parse_datetime(d["createdAt"])

        passkey_device = cls(
            id,
            device_type,
            created_at,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            passkey_device.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return passkey_device

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
