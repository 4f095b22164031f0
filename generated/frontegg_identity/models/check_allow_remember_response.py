from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckAllowRememberResponse")

_JSON_KEYS = frozenset(
    {
        "isAllowedToRemember",
        "mfaDeviceExpiration",
    }
)
"""The property names of CheckAllowRememberResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class CheckAllowRememberResponse:
    is_allowed_to_remember: bool
    mfa_device_expiration: int | Unset = UNSET
    """ Seconds a remembered device stays trusted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_allowed_to_remember = self.is_allowed_to_remember

        mfa_device_expiration = self.mfa_device_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isAllowedToRemember": is_allowed_to_remember,
            }
        )
        if mfa_device_expiration is not UNSET:
            field_dict["mfaDeviceExpiration"] = mfa_device_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        is_allowed_to_remember = d["isAllowedToRemember"]

        mfa_device_expiration = d.get("mfaDeviceExpiration", UNSET)

        check_allow_remember_response = cls(
            is_allowed_to_remember,
            mfa_device_expiration,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            check_allow_remember_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return check_allow_remember_response

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
