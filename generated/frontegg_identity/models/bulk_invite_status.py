from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_invite_status_status import BulkInviteStatusStatus, check_bulk_invite_status_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BulkInviteStatus")

_JSON_KEYS = frozenset(
    {
        "id",
        "tenantId",
        "status",
        "report",
        "totalUsers",
        "processedUsers",
        "createdAt",
    }
)
"""The property names of BulkInviteStatus in JSON; any other key goes to additional_properties."""


@_attrs_define
class BulkInviteStatus:
    """Progress of a bulk invite; report lists each user once the task has run."""

    id: str
    tenant_id: str
    status: BulkInviteStatusStatus
    report: list[BulkInviteStatusReportItem]
    total_users: int | Unset = UNSET
    processed_users: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        status: str = self.status

        report = []
        for report_item_data in self.report:
            report_item = report_item_data.to_dict()
            report.append(report_item)

        total_users = self.total_users

        processed_users = self.processed_users

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "status": status,
                "report": report,
            }
        )
        if total_users is not UNSET:
            field_dict["totalUsers"] = total_users
        if processed_users is not UNSET:
            field_dict["processedUsers"] = processed_users
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        tenant_id = d["tenantId"]

        status = check_bulk_invite_status_status(d["status"])

        report = [BulkInviteStatusReportItem.from_dict(report_item_data) for report_item_data in d["report"]]

        total_users = d.get("totalUsers", UNSET)

        processed_users = d.get("processedUsers", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        bulk_invite_status = cls(
            id,
            tenant_id,
            status,
            report,
            total_users,
            processed_users,
            created_at,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            bulk_invite_status.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return bulk_invite_status

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


# Imported after BulkInviteStatus is defined so that models referring to each other import in any order.
from ..models.bulk_invite_status_report_item import BulkInviteStatusReportItem  # noqa: E402
