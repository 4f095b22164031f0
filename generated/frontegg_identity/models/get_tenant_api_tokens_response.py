from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="GetTenantApiTokensResponse")

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
"""The property names of GetTenantApiTokensResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetTenantApiTokensResponse:
    client_id: str
    description: None | str
    tenant_id: str
    created_by_user_id: None | str
    metadata: GetTenantApiTokensResponseMetadata
    created_at: datetime.datetime
    permission_ids: list[str]
    role_ids: list[str]
    expires: datetime.datetime | None
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

        permission_ids = self.permission_ids

        role_ids = self.role_ids

        expires: None | str
        if isinstance(self.expires, datetime.datetime):
            expires = self.expires.isoformat()
        else:
            expires = self.expires

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
                "permissionIds": permission_ids,
                "roleIds": role_ids,
                "expires": expires,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d["clientId"]

        description: None | str = d["description"]

        tenant_id = d["tenantId"]

        created_by_user_id: None | str = d["createdByUserId"]

        metadata = GetTenantApiTokensResponseMetadata.from_dict(d["metadata"])

        created_at = parse_datetime(d["createdAt"])

        permission_ids: list[str] = d["permissionIds"]

        role_ids: list[str] = d["roleIds"]

        def _parse_expires(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_type_0 = parse_datetime(data)

                return expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires = _parse_expires(d["expires"])

        get_tenant_api_tokens_response = cls(
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

        if len(d) > 9 and not d.keys() <= _JSON_KEYS:
            get_tenant_api_tokens_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_tenant_api_tokens_response

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


# Imported after GetTenantApiTokensResponse is defined so that models referring to each other import in any order.
from ..models.get_tenant_api_tokens_response_metadata import GetTenantApiTokensResponseMetadata  # noqa: E402
