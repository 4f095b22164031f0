from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddUsersToSubTenantRequest")

_JSON_KEYS = frozenset(
    {
        "users",
        "tenantId",
        "roleIds",
        "allowSubAccountAccess",
    }
)
"""The property names of AddUsersToSubTenantRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddUsersToSubTenantRequest:
    users: list[SubTenantUserInvite]
    tenant_id: str
    role_ids: list[str] | Unset = UNSET
    allow_sub_account_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        tenant_id = self.tenant_id

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        allow_sub_account_access = self.allow_sub_account_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
                "tenantId": tenant_id,
            }
        )
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if allow_sub_account_access is not UNSET:
            field_dict["allowSubAccountAccess"] = allow_sub_account_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        users = [SubTenantUserInvite.from_dict(users_item_data) for users_item_data in d["users"]]

        tenant_id = d["tenantId"]

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        allow_sub_account_access = d.get("allowSubAccountAccess", UNSET)

        add_users_to_sub_tenant_request = cls(
            users,
            tenant_id,
            role_ids,
            allow_sub_account_access,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            add_users_to_sub_tenant_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return add_users_to_sub_tenant_request

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


# Imported after AddUsersToSubTenantRequest is defined so that models referring to each other import in any order.
from ..models.sub_tenant_user_invite import SubTenantUserInvite  # noqa: E402
