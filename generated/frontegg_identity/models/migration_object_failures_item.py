from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationObjectFailuresItem")

_JSON_KEYS = frozenset(
    {
        "index",
        "email",
        "status",
        "errors",
    }
)
"""The property names of MigrationObjectFailuresItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class MigrationObjectFailuresItem:
    index: int | Unset = UNSET
    email: None | str | Unset = UNSET
    status: str | Unset = UNSET
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        status = self.status

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d.get("index", UNSET)

        email: None | str | Unset = d.get("email", UNSET)

        status = d.get("status", UNSET)

        errors: list[str] | Unset = d.get("errors", UNSET)

        migration_object_failures_item = cls(
            index,
            email,
            status,
            errors,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            migration_object_failures_item.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return migration_object_failures_item

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
