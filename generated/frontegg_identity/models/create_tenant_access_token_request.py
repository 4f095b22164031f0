from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTenantAccessTokenRequest")

_JSON_KEYS = frozenset(
    {
        "description",
        "expiresInMinutes",
        "roleIds",
    }
)
"""The property names of CreateTenantAccessTokenRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateTenantAccessTokenRequest:
    description: str | Unset = UNSET
    expires_in_minutes: float | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        expires_in_minutes = self.expires_in_minutes

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if expires_in_minutes is not UNSET:
            field_dict["expiresInMinutes"] = expires_in_minutes
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d.get("description", UNSET)

        expires_in_minutes = d.get("expiresInMinutes", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        create_tenant_access_token_request = cls(
            description,
            expires_in_minutes,
            role_ids,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_tenant_access_token_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_tenant_access_token_request

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
