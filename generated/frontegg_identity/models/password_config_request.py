from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordConfigRequest")

_JSON_KEYS = frozenset(
    {
        "allowPassphrases",
        "maxLength",
        "minLength",
        "minPhraseLength",
        "minOptionalTestsToPass",
        "blockPwnedPasswords",
        "optionalTests",
        "requiredTests",
    }
)
"""The property names of PasswordConfigRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasswordConfigRequest:
    allow_passphrases: bool | Unset = UNSET
    max_length: int | Unset = UNSET
    min_length: int | Unset = UNSET
    min_phrase_length: int | Unset = UNSET
    min_optional_tests_to_pass: int | Unset = UNSET
    block_pwned_passwords: bool | Unset = UNSET
    optional_tests: OptionalTestsConfig | Unset = UNSET
    required_tests: RequiredTestsConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_passphrases = self.allow_passphrases

        max_length = self.max_length

        min_length = self.min_length

        min_phrase_length = self.min_phrase_length

        min_optional_tests_to_pass = self.min_optional_tests_to_pass

        block_pwned_passwords = self.block_pwned_passwords

        optional_tests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optional_tests, Unset):
            optional_tests = self.optional_tests.to_dict()

        required_tests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_tests, Unset):
            required_tests = self.required_tests.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_passphrases is not UNSET:
            field_dict["allowPassphrases"] = allow_passphrases
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if min_phrase_length is not UNSET:
            field_dict["minPhraseLength"] = min_phrase_length
        if min_optional_tests_to_pass is not UNSET:
            field_dict["minOptionalTestsToPass"] = min_optional_tests_to_pass
        if block_pwned_passwords is not UNSET:
            field_dict["blockPwnedPasswords"] = block_pwned_passwords
        if optional_tests is not UNSET:
            field_dict["optionalTests"] = optional_tests
        if required_tests is not UNSET:
            field_dict["requiredTests"] = required_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        allow_passphrases = d.get("allowPassphrases", UNSET)

        max_length = d.get("maxLength", UNSET)

        min_length = d.get("minLength", UNSET)

        min_phrase_length = d.get("minPhraseLength", UNSET)

        min_optional_tests_to_pass = d.get("minOptionalTestsToPass", UNSET)

        block_pwned_passwords = d.get("blockPwnedPasswords", UNSET)

        _optional_tests = d.get("optionalTests", UNSET)
        optional_tests: OptionalTestsConfig | Unset
        if isinstance(_optional_tests, Unset):
            optional_tests = UNSET
        else:
            optional_tests = OptionalTestsConfig.from_dict(_optional_tests)

        _required_tests = d.get("requiredTests", UNSET)
        required_tests: RequiredTestsConfig | Unset
        if isinstance(_required_tests, Unset):
            required_tests = UNSET
        else:
            required_tests = RequiredTestsConfig.from_dict(_required_tests)

        password_config_request = cls(
            allow_passphrases,
            max_length,
            min_length,
            min_phrase_length,
            min_optional_tests_to_pass,
            block_pwned_passwords,
            optional_tests,
            required_tests,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            password_config_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return password_config_request

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


# Imported after PasswordConfigRequest is defined so that models referring to each other import in any order.
from ..models.optional_tests_config import OptionalTestsConfig  # noqa: E402
from ..models.required_tests_config import RequiredTestsConfig  # noqa: E402
