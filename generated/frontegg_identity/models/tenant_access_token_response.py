from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TenantAccessTokenResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "roleIds",
        "createdByUserId",
        "description",
        "secret",
        "expires",
    }
)
"""The property names of TenantAccessTokenResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class TenantAccessTokenResponse:
    id: str
    created_at: datetime.datetime
    role_ids: list[str]
    created_by_user_id: None | str
    description: str | Unset = UNSET
    secret: str | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        role_ids = self.role_ids

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        description = self.description

        secret = self.secret

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "roleIds": role_ids,
                "createdByUserId": created_by_user_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if secret is not UNSET:
            field_dict["secret"] = secret
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = parse_datetime(d["createdAt"])

        role_ids: list[str] = d["roleIds"]

        created_by_user_id: None | str = d["createdByUserId"]

        description = d.get("description", UNSET)

        secret = d.get("secret", UNSET)

        _expires = d.get("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        tenant_access_token_response = cls(
            id,
            created_at,
            role_ids,
            created_by_user_id,
            description,
            secret,
            expires,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            tenant_access_token_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return tenant_access_token_response

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
