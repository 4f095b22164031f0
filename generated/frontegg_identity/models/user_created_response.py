from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UserCreatedResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "email",
        "verified",
        "name",
        "profilePictureUrl",
        "roles",
        "permissions",
        "metadata",
        "createdAt",
        "lastLogin",
        "activatedForTenant",
        "temporaryExpirationDate",
    }
)
"""The property names of UserCreatedResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserCreatedResponse:
    id: str | Unset = UNSET
    email: str | Unset = UNSET
    verified: bool | Unset = UNSET
    name: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    roles: list[RoleResponse] | Unset = UNSET
    permissions: list[PermissionResponse] | Unset = UNSET
    metadata: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_login: datetime.datetime | Unset = UNSET
    activated_for_tenant: bool | Unset = UNSET
    temporary_expiration_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        verified = self.verified

        name = self.name

        profile_picture_url = self.profile_picture_url

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_login: str | Unset = UNSET
        if not isinstance(self.last_login, Unset):
            last_login = self.last_login.isoformat()

        activated_for_tenant = self.activated_for_tenant

        temporary_expiration_date: str | Unset = UNSET
        if not isinstance(self.temporary_expiration_date, Unset):
            temporary_expiration_date = self.temporary_expiration_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if verified is not UNSET:
            field_dict["verified"] = verified
        if name is not UNSET:
            field_dict["name"] = name
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if roles is not UNSET:
            field_dict["roles"] = roles
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if activated_for_tenant is not UNSET:
            field_dict["activatedForTenant"] = activated_for_tenant
        if temporary_expiration_date is not UNSET:
            field_dict["temporaryExpirationDate"] = temporary_expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        email = d.get("email", UNSET)

        verified = d.get("verified", UNSET)

        name = d.get("name", UNSET)

        profile_picture_url = d.get("profilePictureUrl", UNSET)

        _roles = d.get("roles", UNSET)
        roles: list[RoleResponse] | Unset = UNSET
        if _roles is not UNSET:
            roles = [RoleResponse.from_dict(roles_item_data) for roles_item_data in _roles]

        _permissions = d.get("permissions", UNSET)
        permissions: list[PermissionResponse] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = [
                PermissionResponse.from_dict(permissions_item_data) for permissions_item_data in _permissions
            ]

        metadata = d.get("metadata", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _last_login = d.get("lastLogin", UNSET)
        last_login: datetime.datetime | Unset
        if isinstance(_last_login, Unset):
            last_login = UNSET
        else:
            last_login = parse_datetime(_last_login)

        activated_for_tenant = d.get("activatedForTenant", UNSET)

        _temporary_expiration_date = d.get("temporaryExpirationDate", UNSET)
        temporary_expiration_date: datetime.datetime | Unset
        if isinstance(_temporary_expiration_date, Unset):
            temporary_expiration_date = UNSET
        else:
            temporary_expiration_date = parse_datetime(_temporary_expiration_date)

        user_created_response = cls(
            id,
            email,
            verified,
            name,
            profile_picture_url,
            roles,
            permissions,
            metadata,
            created_at,
            last_login,
            activated_for_tenant,
            temporary_expiration_date,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            user_created_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_created_response

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


# Imported after UserCreatedResponse is defined so that models referring to each other import in any order.
from ..models.permission_response import PermissionResponse  # noqa: E402
from ..models.role_response import RoleResponse  # noqa: E402
