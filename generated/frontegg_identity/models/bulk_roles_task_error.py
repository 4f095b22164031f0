from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkRolesTaskError")

_JSON_KEYS = frozenset(
    {
        "message",
        "tenantId",
        "details",
        "tenantIds",
    }
)
"""The property names of BulkRolesTaskError in JSON; any other key goes to additional_properties."""


@_attrs_define
class BulkRolesTaskError:
    message: str
    tenant_id: str | Unset = UNSET
    details: str | Unset = UNSET
    tenant_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        tenant_id = self.tenant_id

        details = self.details

        tenant_ids: list[str] | Unset = UNSET
        if not isinstance(self.tenant_ids, Unset):
            tenant_ids = self.tenant_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if details is not UNSET:
            field_dict["details"] = details
        if tenant_ids is not UNSET:
            field_dict["tenantIds"] = tenant_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d["message"]

        tenant_id = d.get("tenantId", UNSET)

        details = d.get("details", UNSET)

        tenant_ids: list[str] | Unset = d.get("tenantIds", UNSET)

        bulk_roles_task_error = cls(
            message,
            tenant_id,
            details,
            tenant_ids,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            bulk_roles_task_error.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return bulk_roles_task_error

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
