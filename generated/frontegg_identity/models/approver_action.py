from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApproverAction")

_JSON_KEYS = frozenset(
    {
        "approved",
        "approvalFlowExecutionId",
        "approverId",
        "approvalFlowStepId",
    }
)
"""The property names of ApproverAction in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApproverAction:
    approved: bool
    approval_flow_execution_id: str
    approver_id: str
    approval_flow_step_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved

        approval_flow_execution_id = self.approval_flow_execution_id

        approver_id = self.approver_id

        approval_flow_step_id = self.approval_flow_step_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved": approved,
                "approvalFlowExecutionId": approval_flow_execution_id,
                "approverId": approver_id,
                "approvalFlowStepId": approval_flow_step_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        approved = d["approved"]

        approval_flow_execution_id = d["approvalFlowExecutionId"]

        approver_id = d["approverId"]

        approval_flow_step_id = d["approvalFlowStepId"]

        approver_action = cls(
            approved,
            approval_flow_execution_id,
            approver_id,
            approval_flow_step_id,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            approver_action.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return approver_action

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
