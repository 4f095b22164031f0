from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestVerifyMfaSmsResponse")

_JSON_KEYS = frozenset(
    {
        "otcToken",
        "phoneNumber",
    }
)
"""The property names of RequestVerifyMfaSmsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class RequestVerifyMfaSmsResponse:
    otc_token: str
    """ Token to send back with the one-time code. """
    phone_number: str | Unset = UNSET
    """ Masked phone number the code went to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        otc_token = self.otc_token

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otcToken": otc_token,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        otc_token = d["otcToken"]

        phone_number = d.get("phoneNumber", UNSET)

        request_verify_mfa_sms_response = cls(
            otc_token,
            phone_number,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            request_verify_mfa_sms_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return request_verify_mfa_sms_response

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
