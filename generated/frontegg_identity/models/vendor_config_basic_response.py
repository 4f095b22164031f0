from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_config_basic_response_machine_to_machine_auth_strategy import (
    VendorConfigBasicResponseMachineToMachineAuthStrategy,
    check_vendor_config_basic_response_machine_to_machine_auth_strategy,
)

T = TypeVar("T", bound="VendorConfigBasicResponse")

_JSON_KEYS = frozenset(
    {
        "forcePermissions",
        "machineToMachineAuthStrategy",
    }
)
"""The property names of VendorConfigBasicResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class VendorConfigBasicResponse:
    force_permissions: bool
    machine_to_machine_auth_strategy: VendorConfigBasicResponseMachineToMachineAuthStrategy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force_permissions = self.force_permissions

        machine_to_machine_auth_strategy: str = self.machine_to_machine_auth_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forcePermissions": force_permissions,
                "machineToMachineAuthStrategy": machine_to_machine_auth_strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        force_permissions = d["forcePermissions"]

        machine_to_machine_auth_strategy = check_vendor_config_basic_response_machine_to_machine_auth_strategy(
            d["machineToMachineAuthStrategy"]
        )

        vendor_config_basic_response = cls(
            force_permissions,
            machine_to_machine_auth_strategy,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            vendor_config_basic_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return vendor_config_basic_response

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
