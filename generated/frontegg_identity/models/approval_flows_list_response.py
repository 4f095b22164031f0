from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApprovalFlowsListResponse")

_JSON_KEYS = frozenset(
    {
        "items",
        "total",
    }
)
"""The property names of ApprovalFlowsListResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApprovalFlowsListResponse:
    items: list[ApprovalFlowResponse]
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items = [ApprovalFlowResponse.from_dict(items_item_data) for items_item_data in d["items"]]

        total = d["total"]

        approval_flows_list_response = cls(
            items,
            total,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            approval_flows_list_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return approval_flows_list_response

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


# Imported after ApprovalFlowsListResponse is defined so that models referring to each other import in any order.
from ..models.approval_flow_response import ApprovalFlowResponse  # noqa: E402
