from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="MfaPolicyResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "allowRememberMyDevice",
        "mfaDeviceExpiration",
        "createdAt",
        "updatedAt",
        "enforceMFAType",
    }
)
"""The property names of MfaPolicyResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class MfaPolicyResponse:
    id: str
    allow_remember_my_device: bool
    mfa_device_expiration: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    enforce_mfa_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        allow_remember_my_device = self.allow_remember_my_device

        mfa_device_expiration = self.mfa_device_expiration

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        enforce_mfa_type = self.enforce_mfa_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "allowRememberMyDevice": allow_remember_my_device,
                "mfaDeviceExpiration": mfa_device_expiration,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if enforce_mfa_type is not UNSET:
            field_dict["enforceMFAType"] = enforce_mfa_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        allow_remember_my_device = d["allowRememberMyDevice"]

        mfa_device_expiration = d["mfaDeviceExpiration"]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        enforce_mfa_type = d.get("enforceMFAType", UNSET)

        mfa_policy_response = cls(
            id,
            allow_remember_my_device,
            mfa_device_expiration,
            created_at,
            updated_at,
            enforce_mfa_type,
        )

        if len(d) > 5 and not d.keys() <= _JSON_KEYS:
            mfa_policy_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return mfa_policy_response

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
