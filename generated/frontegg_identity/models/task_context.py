from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskContext")

_JSON_KEYS = frozenset(
    {
        "id",
        "tenantId",
        "status",
    }
)
"""The property names of TaskContext in JSON; any other key goes to additional_properties."""


@_attrs_define
class TaskContext:
    """The bulk-invite task just started; poll getBulkInviteStatus with its id."""

    id: str
    tenant_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        tenant_id = d["tenantId"]

        status = d["status"]

        task_context = cls(
            id,
            tenant_id,
            status,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            task_context.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return task_context

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
