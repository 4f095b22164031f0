from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordConfigResponseOptionalTests")

_JSON_KEYS = frozenset(
    {
        "requireLowercase",
        "requireUppercase",
        "requireNumbers",
        "requireSpecialChars",
    }
)
"""The property names of PasswordConfigResponseOptionalTests in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasswordConfigResponseOptionalTests:
    require_lowercase: bool | Unset = UNSET
    require_uppercase: bool | Unset = UNSET
    require_numbers: bool | Unset = UNSET
    require_special_chars: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        require_lowercase = self.require_lowercase

        require_uppercase = self.require_uppercase

        require_numbers = self.require_numbers

        require_special_chars = self.require_special_chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if require_lowercase is not UNSET:
            field_dict["requireLowercase"] = require_lowercase
        if require_uppercase is not UNSET:
            field_dict["requireUppercase"] = require_uppercase
        if require_numbers is not UNSET:
            field_dict["requireNumbers"] = require_numbers
        if require_special_chars is not UNSET:
            field_dict["requireSpecialChars"] = require_special_chars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        require_lowercase = d.get("requireLowercase", UNSET)

        require_uppercase = d.get("requireUppercase", UNSET)

        require_numbers = d.get("requireNumbers", UNSET)

        require_special_chars = d.get("requireSpecialChars", UNSET)

        password_config_response_optional_tests = cls(
            require_lowercase,
            require_uppercase,
            require_numbers,
            require_special_chars,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            password_config_response_optional_tests.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return password_config_response_optional_tests

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
