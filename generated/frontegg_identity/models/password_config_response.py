from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.password_config_response_optional_tests import PasswordConfigResponseOptionalTests
    from ..models.password_config_response_required_tests import PasswordConfigResponseRequiredTests


T = TypeVar("T", bound="PasswordConfigResponse")


@_attrs_define
class PasswordConfigResponse:
    block_pwned_passwords: bool
    allow_passphrases: bool | Unset = UNSET
    max_length: float | Unset = UNSET
    min_length: float | Unset = UNSET
    min_phrase_length: float | Unset = UNSET
    min_optional_tests_to_pass: float | Unset = UNSET
    optional_tests: PasswordConfigResponseOptionalTests | Unset = UNSET
    required_tests: PasswordConfigResponseRequiredTests | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_pwned_passwords = self.block_pwned_passwords

        allow_passphrases = self.allow_passphrases

        max_length = self.max_length

        min_length = self.min_length

        min_phrase_length = self.min_phrase_length

        min_optional_tests_to_pass = self.min_optional_tests_to_pass

        optional_tests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optional_tests, Unset):
            optional_tests = self.optional_tests.to_dict()

        required_tests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_tests, Unset):
            required_tests = self.required_tests.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blockPwnedPasswords": block_pwned_passwords,
            }
        )
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
        if optional_tests is not UNSET:
            field_dict["optionalTests"] = optional_tests
        if required_tests is not UNSET:
            field_dict["requiredTests"] = required_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.password_config_response_optional_tests import PasswordConfigResponseOptionalTests  # noqa: PLC0415
        from ..models.password_config_response_required_tests import PasswordConfigResponseRequiredTests  # noqa: PLC0415

        d = dict(src_dict)
        block_pwned_passwords = d.pop("blockPwnedPasswords")

        allow_passphrases = d.pop("allowPassphrases", UNSET)

        max_length = d.pop("maxLength", UNSET)

        min_length = d.pop("minLength", UNSET)

        min_phrase_length = d.pop("minPhraseLength", UNSET)

        min_optional_tests_to_pass = d.pop("minOptionalTestsToPass", UNSET)

        _optional_tests = d.pop("optionalTests", UNSET)
        optional_tests: PasswordConfigResponseOptionalTests | Unset
        if isinstance(_optional_tests, Unset):
            optional_tests = UNSET
        else:
            optional_tests = PasswordConfigResponseOptionalTests.from_dict(_optional_tests)

        _required_tests = d.pop("requiredTests", UNSET)
        required_tests: PasswordConfigResponseRequiredTests | Unset
        if isinstance(_required_tests, Unset):
            required_tests = UNSET
        else:
            required_tests = PasswordConfigResponseRequiredTests.from_dict(_required_tests)

        password_config_response = cls(
            block_pwned_passwords=block_pwned_passwords,
            allow_passphrases=allow_passphrases,
            max_length=max_length,
            min_length=min_length,
            min_phrase_length=min_phrase_length,
            min_optional_tests_to_pass=min_optional_tests_to_pass,
            optional_tests=optional_tests,
            required_tests=required_tests,
        )

        password_config_response.additional_properties = d
        return password_config_response

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
