from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_policy_request_enforce_mfa_type import (
    MfaPolicyRequestEnforceMFAType,
    check_mfa_policy_request_enforce_mfa_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaPolicyRequest")

_JSON_KEYS = frozenset(
    {
        "enforceMFAType",
        "allowRememberMyDevice",
        "mfaDeviceExpiration",
    }
)
"""The property names of MfaPolicyRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class MfaPolicyRequest:
    enforce_mfa_type: MfaPolicyRequestEnforceMFAType | Unset = "Force"
    allow_remember_my_device: bool | Unset = False
    mfa_device_expiration: float | Unset = 1209600.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enforce_mfa_type: str | Unset = UNSET
        if not isinstance(self.enforce_mfa_type, Unset):
            enforce_mfa_type = self.enforce_mfa_type

        allow_remember_my_device = self.allow_remember_my_device

        mfa_device_expiration = self.mfa_device_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enforce_mfa_type is not UNSET:
            field_dict["enforceMFAType"] = enforce_mfa_type
        if allow_remember_my_device is not UNSET:
            field_dict["allowRememberMyDevice"] = allow_remember_my_device
        if mfa_device_expiration is not UNSET:
            field_dict["mfaDeviceExpiration"] = mfa_device_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _enforce_mfa_type = d.get("enforceMFAType", UNSET)
        enforce_mfa_type: MfaPolicyRequestEnforceMFAType | Unset
        if isinstance(_enforce_mfa_type, Unset):
            enforce_mfa_type = UNSET
        else:
            enforce_mfa_type = check_mfa_policy_request_enforce_mfa_type(_enforce_mfa_type)

        allow_remember_my_device = d.get("allowRememberMyDevice", UNSET)

        mfa_device_expiration = d.get("mfaDeviceExpiration", UNSET)

        mfa_policy_request = cls(
            enforce_mfa_type,
            allow_remember_my_device,
            mfa_device_expiration,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            mfa_policy_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return mfa_policy_request

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
