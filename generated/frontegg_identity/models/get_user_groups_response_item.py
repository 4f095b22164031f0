from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserGroupsResponseItem")

_JSON_KEYS = frozenset(
    {
        "userId",
        "tenantId",
        "groupIds",
        "vendorId",
    }
)
"""The property names of GetUserGroupsResponseItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetUserGroupsResponseItem:
    user_id: str
    tenant_id: str
    group_ids: list[str]
    vendor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        tenant_id = self.tenant_id

        group_ids = self.group_ids

        vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "tenantId": tenant_id,
                "groupIds": group_ids,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        tenant_id = d["tenantId"]

        group_ids: list[str] = d["groupIds"]

        vendor_id = d.get("vendorId", UNSET)

        get_user_groups_response_item = cls(
            user_id,
            tenant_id,
            group_ids,
            vendor_id,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            get_user_groups_response_item.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_user_groups_response_item

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
