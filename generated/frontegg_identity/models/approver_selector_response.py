from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApproverSelectorResponse")

_JSON_KEYS = frozenset(
    {
        "roleKeys",
        "emails",
        "phoneNumbers",
    }
)
"""The property names of ApproverSelectorResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApproverSelectorResponse:
    role_keys: list[str]
    emails: list[str]
    phone_numbers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_keys = self.role_keys

        emails = self.emails

        phone_numbers = self.phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleKeys": role_keys,
                "emails": emails,
                "phoneNumbers": phone_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role_keys: list[str] = d["roleKeys"]

        emails: list[str] = d["emails"]

        phone_numbers: list[str] = d["phoneNumbers"]

        approver_selector_response = cls(
            role_keys,
            emails,
            phone_numbers,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            approver_selector_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return approver_selector_response

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
