from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTenantApiToken")

_JSON_KEYS = frozenset(
    {
        "metadata",
        "description",
        "roleIds",
        "permissionIds",
        "expiresInMinutes",
    }
)
"""The property names of CreateTenantApiToken in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateTenantApiToken:
    metadata: CreateTenantApiTokenMetadata | Unset = UNSET
    description: str | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    permission_ids: list[str] | Unset = UNSET
    expires_in_minutes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        description = self.description

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        permission_ids: list[str] | Unset = UNSET
        if not isinstance(self.permission_ids, Unset):
            permission_ids = self.permission_ids

        expires_in_minutes = self.expires_in_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if description is not UNSET:
            field_dict["description"] = description
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if permission_ids is not UNSET:
            field_dict["permissionIds"] = permission_ids
        if expires_in_minutes is not UNSET:
            field_dict["expiresInMinutes"] = expires_in_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _metadata = d.get("metadata", UNSET)
        metadata: CreateTenantApiTokenMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateTenantApiTokenMetadata.from_dict(_metadata)

        description = d.get("description", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        permission_ids: list[str] | Unset = d.get("permissionIds", UNSET)

        expires_in_minutes = d.get("expiresInMinutes", UNSET)

        create_tenant_api_token = cls(
            metadata,
            description,
            role_ids,
            permission_ids,
            expires_in_minutes,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_tenant_api_token.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_tenant_api_token

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


# Imported after CreateTenantApiToken is defined so that models referring to each other import in any order.
from ..models.create_tenant_api_token_metadata import CreateTenantApiTokenMetadata  # noqa: E402
