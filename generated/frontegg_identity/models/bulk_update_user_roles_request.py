from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkUpdateUserRolesRequest")

_JSON_KEYS = frozenset(
    {
        "addRoleIds",
        "removeRoleIds",
        "tenantIds",
    }
)
"""The property names of BulkUpdateUserRolesRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class BulkUpdateUserRolesRequest:
    add_role_ids: list[str] | Unset = UNSET
    remove_role_ids: list[str] | Unset = UNSET
    tenant_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_role_ids: list[str] | Unset = UNSET
        if not isinstance(self.add_role_ids, Unset):
            add_role_ids = self.add_role_ids

        remove_role_ids: list[str] | Unset = UNSET
        if not isinstance(self.remove_role_ids, Unset):
            remove_role_ids = self.remove_role_ids

        tenant_ids: list[str] | Unset = UNSET
        if not isinstance(self.tenant_ids, Unset):
            tenant_ids = self.tenant_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_role_ids is not UNSET:
            field_dict["addRoleIds"] = add_role_ids
        if remove_role_ids is not UNSET:
            field_dict["removeRoleIds"] = remove_role_ids
        if tenant_ids is not UNSET:
            field_dict["tenantIds"] = tenant_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        add_role_ids: list[str] | Unset = d.get("addRoleIds", UNSET)

        remove_role_ids: list[str] | Unset = d.get("removeRoleIds", UNSET)

        tenant_ids: list[str] | Unset = d.get("tenantIds", UNSET)

        bulk_update_user_roles_request = cls(
            add_role_ids,
            remove_role_ids,
            tenant_ids,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            bulk_update_user_roles_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return bulk_update_user_roles_request

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
