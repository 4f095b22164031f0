from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserEmailVendorRequest")

_JSON_KEYS = frozenset(
    {
        "email",
        "isVerified",
    }
)
"""The property names of CreateUserEmailVendorRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateUserEmailVendorRequest:
    email: str
    is_verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_verified = self.is_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if is_verified is not UNSET:
            field_dict["isVerified"] = is_verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        is_verified = d.get("isVerified", UNSET)

        create_user_email_vendor_request = cls(
            email,
            is_verified,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            create_user_email_vendor_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_user_email_vendor_request

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
