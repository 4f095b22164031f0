from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_invite_status_report_item_status import (
    BulkInviteStatusReportItemStatus,
    check_bulk_invite_status_report_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkInviteStatusReportItem")

_JSON_KEYS = frozenset(
    {
        "status",
        "email",
        "userId",
        "error",
    }
)
"""The property names of BulkInviteStatusReportItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class BulkInviteStatusReportItem:
    status: BulkInviteStatusReportItemStatus
    email: None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        user_id = self.user_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = check_bulk_invite_status_report_item_status(d["status"])

        email: None | str | Unset = d.get("email", UNSET)

        user_id = d.get("userId", UNSET)

        error = d.get("error", UNSET)

        bulk_invite_status_report_item = cls(
            status,
            email,
            user_id,
            error,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            bulk_invite_status_report_item.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return bulk_invite_status_report_item

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
