from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginMfaSmsEnrollRequest")

_JSON_KEYS = frozenset(
    {
        "mfaToken",
        "phoneNumber",
    }
)
"""The property names of LoginMfaSmsEnrollRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class LoginMfaSmsEnrollRequest:
    mfa_token: str
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mfa_token = self.mfa_token

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mfaToken": mfa_token,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        mfa_token = d["mfaToken"]

        phone_number = d["phoneNumber"]

        login_mfa_sms_enroll_request = cls(
            mfa_token,
            phone_number,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            login_mfa_sms_enroll_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return login_mfa_sms_enroll_request

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
