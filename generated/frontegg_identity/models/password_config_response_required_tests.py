from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordConfigResponseRequiredTests")

_JSON_KEYS = frozenset(
    {
        "checkThreeRepeatedChars",
    }
)
"""The property names of PasswordConfigResponseRequiredTests in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasswordConfigResponseRequiredTests:
    check_three_repeated_chars: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_three_repeated_chars = self.check_three_repeated_chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_three_repeated_chars is not UNSET:
            field_dict["checkThreeRepeatedChars"] = check_three_repeated_chars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        check_three_repeated_chars = d.get("checkThreeRepeatedChars", UNSET)

        password_config_response_required_tests = cls(
            check_three_repeated_chars,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            password_config_response_required_tests.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return password_config_response_required_tests

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
