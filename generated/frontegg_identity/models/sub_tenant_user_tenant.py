from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SubTenantUserTenant")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "roles",
        "permissions",
        "activated",
        "lastLogin",
    }
)
"""The property names of SubTenantUserTenant in JSON; any other key goes to additional_properties."""


@_attrs_define
class SubTenantUserTenant:
    tenant_id: str
    roles: list[RoleResponse]
    permissions: list[PermissionResponse]
    activated: bool
    last_login: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.to_dict()
            permissions.append(permissions_item)

        activated = self.activated

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        elif isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "roles": roles,
                "permissions": permissions,
                "activated": activated,
            }
        )
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        roles = [RoleResponse.from_dict(roles_item_data) for roles_item_data in d["roles"]]

        permissions = [
            PermissionResponse.from_dict(permissions_item_data) for permissions_item_data in d["permissions"]
        ]

        activated = d["activated"]

        def _parse_last_login(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_type_0 = parse_datetime(data)

                return last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login = _parse_last_login(d.get("lastLogin", UNSET))

        sub_tenant_user_tenant = cls(
            tenant_id,
            roles,
            permissions,
            activated,
            last_login,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            sub_tenant_user_tenant.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sub_tenant_user_tenant

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


# Imported after SubTenantUserTenant is defined so that models referring to each other import in any order.
from ..models.permission_response import PermissionResponse  # noqa: E402
from ..models.role_response import RoleResponse  # noqa: E402
