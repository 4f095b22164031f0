from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="MigrationObject")

_JSON_KEYS = frozenset(
    {
        "migrationId",
        "state",
        "totalUsers",
        "processedUsers",
        "migratedUsers",
        "failedUsers",
        "source",
        "failures",
        "createdAt",
        "updatedAt",
        "completedAt",
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
    source: str | Unset = UNSET
    failures: list[MigrationObjectFailuresItem] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migration_id = self.migration_id

        state = self.state

        total_users = self.total_users

        processed_users = self.processed_users

        migrated_users = self.migrated_users

        failed_users = self.failed_users

        source = self.source

        failures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failures, Unset):
            failures = []
            for failures_item_data in self.failures:
                failures_item = failures_item_data.to_dict()
                failures.append(failures_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

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
        if source is not UNSET:
            field_dict["source"] = source
        if failures is not UNSET:
            field_dict["failures"] = failures
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

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

        source = d.get("source", UNSET)

        _failures = d.get("failures", UNSET)
        failures: list[MigrationObjectFailuresItem] | Unset = UNSET
        if _failures is not UNSET:
            failures = [MigrationObjectFailuresItem.from_dict(failures_item_data) for failures_item_data in _failures]

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        _completed_at = d.get("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = parse_datetime(_completed_at)

        migration_object = cls(
            migration_id,
            state,
            total_users,
            processed_users,
            migrated_users,
            failed_users,
            source,
            failures,
            created_at,
            updated_at,
            completed_at,
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


# Imported after MigrationObject is defined so that models referring to each other import in any order.
from ..models.migration_object_failures_item import MigrationObjectFailuresItem  # noqa: E402
