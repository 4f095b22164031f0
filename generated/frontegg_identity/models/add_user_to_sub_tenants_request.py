from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddUserToSubTenantsRequest")

_JSON_KEYS = frozenset(
    {
        "user",
        "subTenants",
    }
)
"""The property names of AddUserToSubTenantsRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddUserToSubTenantsRequest:
    user: SubTenantUserInvite
    sub_tenants: list[SubTenantRoleIds]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        sub_tenants = []
        for sub_tenants_item_data in self.sub_tenants:
            sub_tenants_item = sub_tenants_item_data.to_dict()
            sub_tenants.append(sub_tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "subTenants": sub_tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user = SubTenantUserInvite.from_dict(d["user"])

        sub_tenants = [SubTenantRoleIds.from_dict(sub_tenants_item_data) for sub_tenants_item_data in d["subTenants"]]

        add_user_to_sub_tenants_request = cls(
            user,
            sub_tenants,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            add_user_to_sub_tenants_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return add_user_to_sub_tenants_request

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


# Imported after AddUserToSubTenantsRequest is defined so that models referring to each other import in any order.
from ..models.sub_tenant_role_ids import SubTenantRoleIds  # noqa: E402
from ..models.sub_tenant_user_invite import SubTenantUserInvite  # noqa: E402
