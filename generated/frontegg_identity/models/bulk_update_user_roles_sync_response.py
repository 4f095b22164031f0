from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkUpdateUserRolesSyncResponse")

_JSON_KEYS = frozenset(
    {
        "userId",
        "affectedTenants",
        "rolesAdded",
        "rolesRemoved",
        "taskId",
    }
)
"""The property names of BulkUpdateUserRolesSyncResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class BulkUpdateUserRolesSyncResponse:
    user_id: str
    affected_tenants: float
    roles_added: list[str]
    roles_removed: list[str]
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        affected_tenants = self.affected_tenants

        roles_added = self.roles_added

        roles_removed = self.roles_removed

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "affectedTenants": affected_tenants,
                "rolesAdded": roles_added,
                "rolesRemoved": roles_removed,
            }
        )
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        affected_tenants = d["affectedTenants"]

        roles_added: list[str] = d["rolesAdded"]

        roles_removed: list[str] = d["rolesRemoved"]

        task_id = d.get("taskId", UNSET)

        bulk_update_user_roles_sync_response = cls(
            user_id,
            affected_tenants,
            roles_added,
            roles_removed,
            task_id,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            bulk_update_user_roles_sync_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return bulk_update_user_roles_sync_response

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
