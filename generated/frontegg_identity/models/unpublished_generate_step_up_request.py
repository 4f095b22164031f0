from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnpublishedGenerateStepUpRequest")

_JSON_KEYS = frozenset(
    {
        "maxAge",
    }
)
"""The property names of UnpublishedGenerateStepUpRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedGenerateStepUpRequest:
    max_age: int | Unset = UNSET
    """ How many seconds ago the last second factor may have been given for it to count. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_age = self.max_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_age is not UNSET:
            field_dict["maxAge"] = max_age

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        max_age = d.get("maxAge", UNSET)

        unpublished_generate_step_up_request = cls(
            max_age,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            unpublished_generate_step_up_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return unpublished_generate_step_up_request

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
