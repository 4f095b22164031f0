from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasskeyDevicesResponse")

_JSON_KEYS = frozenset(
    {
        "devices",
    }
)
"""The property names of PasskeyDevicesResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasskeyDevicesResponse:
    devices: list[PasskeyDevice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devices = []
        for devices_item_data in self.devices:
            devices_item = devices_item_data.to_dict()
            devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "devices": devices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        devices = [PasskeyDevice.from_dict(devices_item_data) for devices_item_data in d["devices"]]

        passkey_devices_response = cls(
            devices,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            passkey_devices_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return passkey_devices_response

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


# Imported after PasskeyDevicesResponse is defined so that models referring to each other import in any order.
from ..models.passkey_device import PasskeyDevice  # noqa: E402
