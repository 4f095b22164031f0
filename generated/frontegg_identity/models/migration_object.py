from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationObject")

_JSON_KEYS = frozenset(
    {
        "migrationId",
        "state",
        "totalUsers",
        "processedUsers",
        "migratedUsers",
        "failedUsers",
    }
)
"""The property names of MigrationObject in JSON; any other key goes to additional_properties."""


@_attrs_define
class MigrationObject:
    """Progress of a bulk migration."""

    migration_id: str
    state: str
    total_users: int | Unset = UNSET
    processed_users: int | Unset = UNSET
    migrated_users: int | Unset = UNSET
    failed_users: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migration_id = self.migration_id

        state = self.state

        total_users = self.total_users

        processed_users = self.processed_users

        migrated_users = self.migrated_users

        failed_users = self.failed_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "migrationId": migration_id,
                "state": state,
            }
        )
        if total_users is not UNSET:
            field_dict["totalUsers"] = total_users
        if processed_users is not UNSET:
            field_dict["processedUsers"] = processed_users
        if migrated_users is not UNSET:
            field_dict["migratedUsers"] = migrated_users
        if failed_users is not UNSET:
            field_dict["failedUsers"] = failed_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        migration_id = d["migrationId"]

        state = d["state"]

        total_users = d.get("totalUsers", UNSET)

        processed_users = d.get("processedUsers", UNSET)

        migrated_users = d.get("migratedUsers", UNSET)

        failed_users = d.get("failedUsers", UNSET)

        migration_object = cls(
            migration_id,
            state,
            total_users,
            processed_users,
            migrated_users,
            failed_users,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            migration_object.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return migration_object

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
