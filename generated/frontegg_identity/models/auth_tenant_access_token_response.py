from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AuthTenantAccessTokenResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "tenantId",
        "permissions",
        "roles",
        "expires",
    }
)
"""The property names of AuthTenantAccessTokenResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class AuthTenantAccessTokenResponse:
    id: str
    tenant_id: str
    permissions: list[str]
    roles: list[str]
    expires: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        permissions = self.permissions

        roles = self.roles

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "permissions": permissions,
                "roles": roles,
            }
        )
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        tenant_id = d["tenantId"]

        permissions: list[str] = d["permissions"]

        roles: list[str] = d["roles"]

        _expires = d.get("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        auth_tenant_access_token_response = cls(
            id,
            tenant_id,
            permissions,
            roles,
            expires,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            auth_tenant_access_token_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return auth_tenant_access_token_response

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
