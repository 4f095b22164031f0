from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnpublishedVerifyChangePhoneNumberRequest")

_JSON_KEYS = frozenset(
    {
        "changePhoneId",
        "code",
    }
)
"""The property names of UnpublishedVerifyChangePhoneNumberRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedVerifyChangePhoneNumberRequest:
    change_phone_id: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_phone_id = self.change_phone_id

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changePhoneId": change_phone_id,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        change_phone_id = d["changePhoneId"]

        code = d["code"]

        unpublished_verify_change_phone_number_request = cls(
            change_phone_id,
            code,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            unpublished_verify_change_phone_number_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return unpublished_verify_change_phone_number_request

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
