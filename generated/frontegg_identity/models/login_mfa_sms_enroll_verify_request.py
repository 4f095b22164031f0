from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginMfaSmsEnrollVerifyRequest")

_JSON_KEYS = frozenset(
    {
        "mfaToken",
        "otcToken",
        "code",
        "rememberDevice",
    }
)
"""The property names of LoginMfaSmsEnrollVerifyRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class LoginMfaSmsEnrollVerifyRequest:
    mfa_token: str
    otc_token: str
    code: str
    remember_device: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mfa_token = self.mfa_token

        otc_token = self.otc_token

        code = self.code

        remember_device = self.remember_device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mfaToken": mfa_token,
                "otcToken": otc_token,
                "code": code,
            }
        )
        if remember_device is not UNSET:
            field_dict["rememberDevice"] = remember_device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        mfa_token = d["mfaToken"]

        otc_token = d["otcToken"]

        code = d["code"]

        remember_device = d.get("rememberDevice", UNSET)

        login_mfa_sms_enroll_verify_request = cls(
            mfa_token,
            otc_token,
            code,
            remember_device,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            login_mfa_sms_enroll_verify_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return login_mfa_sms_enroll_verify_request

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
