from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalFlowExecutionStepsItem")

_JSON_KEYS = frozenset(
    {
        "id",
        "status",
        "stepOrder",
        "minApprovals",
        "approvals",
        "approverIds",
    }
)
"""The property names of ApprovalFlowExecutionStepsItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApprovalFlowExecutionStepsItem:
    id: str
    status: str
    step_order: float | Unset = UNSET
    min_approvals: float | Unset = UNSET
    approvals: int | Unset = UNSET
    approver_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        step_order = self.step_order

        min_approvals = self.min_approvals

        approvals = self.approvals

        approver_ids: list[str] | Unset = UNSET
        if not isinstance(self.approver_ids, Unset):
            approver_ids = self.approver_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if step_order is not UNSET:
            field_dict["stepOrder"] = step_order
        if min_approvals is not UNSET:
            field_dict["minApprovals"] = min_approvals
        if approvals is not UNSET:
            field_dict["approvals"] = approvals
        if approver_ids is not UNSET:
            field_dict["approverIds"] = approver_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        status = d["status"]

        step_order = d.get("stepOrder", UNSET)

        min_approvals = d.get("minApprovals", UNSET)

        approvals = d.get("approvals", UNSET)

        approver_ids: list[str] | Unset = d.get("approverIds", UNSET)

        approval_flow_execution_steps_item = cls(
            id,
            status,
            step_order,
            min_approvals,
            approvals,
            approver_ids,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            approval_flow_execution_steps_item.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return approval_flow_execution_steps_item

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
