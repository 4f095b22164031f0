from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRolesForSubTenantsRequest")

_JSON_KEYS = frozenset(
    {
        "subTenantsRoles",
        "ipAddress",
        "userAgent",
    }
)
"""The property names of UpdateUserRolesForSubTenantsRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateUserRolesForSubTenantsRequest:
    sub_tenants_roles: list[UpdateUserRolesForSubTenantsRequestSubTenantsRolesItem]
    ip_address: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_tenants_roles = []
        for sub_tenants_roles_item_data in self.sub_tenants_roles:
            sub_tenants_roles_item = sub_tenants_roles_item_data.to_dict()
            sub_tenants_roles.append(sub_tenants_roles_item)

        ip_address = self.ip_address

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subTenantsRoles": sub_tenants_roles,
            }
        )
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sub_tenants_roles = [
            UpdateUserRolesForSubTenantsRequestSubTenantsRolesItem.from_dict(sub_tenants_roles_item_data)
            for sub_tenants_roles_item_data in d["subTenantsRoles"]
        ]

        ip_address = d.get("ipAddress", UNSET)

        user_agent = d.get("userAgent", UNSET)

        update_user_roles_for_sub_tenants_request = cls(
            sub_tenants_roles,
            ip_address,
            user_agent,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            update_user_roles_for_sub_tenants_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return update_user_roles_for_sub_tenants_request

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


# Imported after UpdateUserRolesForSubTenantsRequest is defined so that models referring to each other import in any order.
from ..models.update_user_roles_for_sub_tenants_request_sub_tenants_roles_item import (
    UpdateUserRolesForSubTenantsRequestSubTenantsRolesItem,  # noqa: E402
)
