from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnpublishedChangePhoneNumberRequest")

_JSON_KEYS = frozenset(
    {
        "changePhoneNumberToken",
        "phoneNumber",
    }
)
"""The property names of UnpublishedChangePhoneNumberRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedChangePhoneNumberRequest:
    change_phone_number_token: str
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_phone_number_token = self.change_phone_number_token

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changePhoneNumberToken": change_phone_number_token,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        change_phone_number_token = d["changePhoneNumberToken"]

        phone_number = d["phoneNumber"]

        unpublished_change_phone_number_request = cls(
            change_phone_number_token,
            phone_number,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            unpublished_change_phone_number_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return unpublished_change_phone_number_request

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
