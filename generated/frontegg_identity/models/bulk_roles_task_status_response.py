from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_roles_task_status_response_status import (
    BulkRolesTaskStatusResponseStatus,
    check_bulk_roles_task_status_response_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkRolesTaskStatusResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "userId",
        "status",
        "totalTenants",
        "processedTenants",
        "addedRoleIds",
        "removedRoleIds",
        "errors",
    }
)
"""The property names of BulkRolesTaskStatusResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class BulkRolesTaskStatusResponse:
    id: str
    user_id: str
    status: BulkRolesTaskStatusResponseStatus
    total_tenants: float
    processed_tenants: float
    added_role_ids: list[str]
    removed_role_ids: list[str]
    errors: list[BulkRolesTaskError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        status: str = self.status

        total_tenants = self.total_tenants

        processed_tenants = self.processed_tenants

        added_role_ids = self.added_role_ids

        removed_role_ids = self.removed_role_ids

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "status": status,
                "totalTenants": total_tenants,
                "processedTenants": processed_tenants,
                "addedRoleIds": added_role_ids,
                "removedRoleIds": removed_role_ids,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        user_id = d["userId"]

        status = check_bulk_roles_task_status_response_status(d["status"])

        total_tenants = d["totalTenants"]

        processed_tenants = d["processedTenants"]

        added_role_ids: list[str] = d["addedRoleIds"]

        removed_role_ids: list[str] = d["removedRoleIds"]

        _errors = d.get("errors", UNSET)
        errors: list[BulkRolesTaskError] | Unset = UNSET
        if _errors is not UNSET:
            errors = [BulkRolesTaskError.from_dict(errors_item_data) for errors_item_data in _errors]

        bulk_roles_task_status_response = cls(
            id,
            user_id,
            status,
            total_tenants,
            processed_tenants,
            added_role_ids,
            removed_role_ids,
            errors,
        )

        if len(d) > 7 and not d.keys() <= _JSON_KEYS:
            bulk_roles_task_status_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return bulk_roles_task_status_response

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


# Imported after BulkRolesTaskStatusResponse is defined so that models referring to each other import in any order.
from ..models.bulk_roles_task_error import BulkRolesTaskError  # noqa: E402
