from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserAccessTokenRequest")

_JSON_KEYS = frozenset(
    {
        "description",
        "expiresInMinutes",
    }
)
"""The property names of CreateUserAccessTokenRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateUserAccessTokenRequest:
    description: str | Unset = UNSET
    expires_in_minutes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        expires_in_minutes = self.expires_in_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if expires_in_minutes is not UNSET:
            field_dict["expiresInMinutes"] = expires_in_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d.get("description", UNSET)

        expires_in_minutes = d.get("expiresInMinutes", UNSET)

        create_user_access_token_request = cls(
            description,
            expires_in_minutes,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_user_access_token_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_user_access_token_request

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
