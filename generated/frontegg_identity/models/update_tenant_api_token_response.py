from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UpdateTenantApiTokenResponse")

_JSON_KEYS = frozenset(
    {
        "clientId",
        "description",
        "tenantId",
        "createdByUserId",
        "metadata",
        "createdAt",
        "permissionIds",
        "roleIds",
        "expires",
    }
)
"""The property names of UpdateTenantApiTokenResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateTenantApiTokenResponse:
    client_id: str
    description: None | str
    tenant_id: str
    created_by_user_id: None | str
    metadata: UpdateTenantApiTokenResponseMetadata
    created_at: datetime.datetime
    permission_ids: list[str] | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        description: None | str
        description = self.description

        tenant_id = self.tenant_id

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        permission_ids: list[str] | Unset = UNSET
        if not isinstance(self.permission_ids, Unset):
            permission_ids = self.permission_ids

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "description": description,
                "tenantId": tenant_id,
                "createdByUserId": created_by_user_id,
                "metadata": metadata,
                "createdAt": created_at,
            }
        )
        if permission_ids is not UNSET:
            field_dict["permissionIds"] = permission_ids
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d["clientId"]

        description: None | str = d["description"]

        tenant_id = d["tenantId"]

        created_by_user_id: None | str = d["createdByUserId"]

        metadata = UpdateTenantApiTokenResponseMetadata.from_dict(d["metadata"])

        created_at = parse_datetime(d["createdAt"])

        permission_ids: list[str] | Unset = d.get("permissionIds", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        _expires = d.get("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        update_tenant_api_token_response = cls(
            client_id,
            description,
            tenant_id,
            created_by_user_id,
            metadata,
            created_at,
            permission_ids,
            role_ids,
            expires,
        )

        if len(d) > 6 and not d.keys() <= _JSON_KEYS:
            update_tenant_api_token_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_tenant_api_token_response

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


# Imported after UpdateTenantApiTokenResponse is defined so that models referring to each other import in any order.
from ..models.update_tenant_api_token_response_metadata import UpdateTenantApiTokenResponseMetadata  # noqa: E402
