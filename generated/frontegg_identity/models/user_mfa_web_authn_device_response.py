from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_mfa_web_authn_device_response_device_type import (
    UserMfaWebAuthnDeviceResponseDeviceType,
    check_user_mfa_web_authn_device_response_device_type,
)

T = TypeVar("T", bound="UserMfaWebAuthnDeviceResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "deviceType",
        "name",
    }
)
"""The property names of UserMfaWebAuthnDeviceResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserMfaWebAuthnDeviceResponse:
    id: str
    device_type: UserMfaWebAuthnDeviceResponseDeviceType
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        device_type: str = self.device_type

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deviceType": device_type,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        device_type = check_user_mfa_web_authn_device_response_device_type(d["deviceType"])

        name = d["name"]

        user_mfa_web_authn_device_response = cls(
            id,
            device_type,
            name,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            user_mfa_web_authn_device_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return user_mfa_web_authn_device_response

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
