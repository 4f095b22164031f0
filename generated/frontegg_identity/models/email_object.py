from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmailObject")

_JSON_KEYS = frozenset(
    {
        "email",
        "primary",
        "verified",
    }
)
"""The property names of EmailObject in JSON; any other key goes to additional_properties."""


@_attrs_define
class EmailObject:
    email: str
    primary: bool
    verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        primary = self.primary

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "primary": primary,
                "verified": verified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        primary = d["primary"]

        verified = d["verified"]

        email_object = cls(
            email,
            primary,
            verified,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            email_object.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return email_object

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
