from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnpublishedVerifyResetPhoneNumberResponse")

_JSON_KEYS = frozenset(
    {
        "changePhoneNumberToken",
    }
)
"""The property names of UnpublishedVerifyResetPhoneNumberResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedVerifyResetPhoneNumberResponse:
    change_phone_number_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_phone_number_token = self.change_phone_number_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changePhoneNumberToken": change_phone_number_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        change_phone_number_token = d["changePhoneNumberToken"]

        unpublished_verify_reset_phone_number_response = cls(
            change_phone_number_token,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            unpublished_verify_reset_phone_number_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return unpublished_verify_reset_phone_number_response

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
