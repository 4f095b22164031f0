from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_flow_execution_status import ApprovalFlowExecutionStatus, check_approval_flow_execution_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ApprovalFlowExecution")

_JSON_KEYS = frozenset(
    {
        "approvalFlowExecutionId",
        "approvalFlowId",
        "status",
        "steps",
        "tenantId",
        "requesterId",
        "currentStepId",
        "createdAt",
        "updatedAt",
        "decidedAt",
    }
)
"""The property names of ApprovalFlowExecution in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApprovalFlowExecution:
    """One run of an approval flow and the state of its steps."""

    approval_flow_execution_id: str
    approval_flow_id: str
    status: ApprovalFlowExecutionStatus
    steps: list[ApprovalFlowExecutionStepsItem]
    tenant_id: None | str | Unset = UNSET
    requester_id: str | Unset = UNSET
    current_step_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    decided_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_flow_execution_id = self.approval_flow_execution_id

        approval_flow_id = self.approval_flow_id

        status: str = self.status

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        requester_id = self.requester_id

        current_step_id: None | str | Unset
        if isinstance(self.current_step_id, Unset):
            current_step_id = UNSET
        else:
            current_step_id = self.current_step_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        decided_at: str | Unset = UNSET
        if not isinstance(self.decided_at, Unset):
            decided_at = self.decided_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvalFlowExecutionId": approval_flow_execution_id,
                "approvalFlowId": approval_flow_id,
                "status": status,
                "steps": steps,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if requester_id is not UNSET:
            field_dict["requesterId"] = requester_id
        if current_step_id is not UNSET:
            field_dict["currentStepId"] = current_step_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if decided_at is not UNSET:
            field_dict["decidedAt"] = decided_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        approval_flow_execution_id = d["approvalFlowExecutionId"]

        approval_flow_id = d["approvalFlowId"]

        status = check_approval_flow_execution_status(d["status"])

        steps = [ApprovalFlowExecutionStepsItem.from_dict(steps_item_data) for steps_item_data in d["steps"]]

        tenant_id: None | str | Unset = d.get("tenantId", UNSET)

        requester_id = d.get("requesterId", UNSET)

        current_step_id: None | str | Unset = d.get("currentStepId", UNSET)

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

        _decided_at = d.get("decidedAt", UNSET)
        decided_at: datetime.datetime | Unset
        if isinstance(_decided_at, Unset):
            decided_at = UNSET
        else:
            decided_at = parse_datetime(_decided_at)

        approval_flow_execution = cls(
            approval_flow_execution_id,
            approval_flow_id,
            status,
            steps,
            tenant_id,
            requester_id,
            current_step_id,
            created_at,
            updated_at,
            decided_at,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            approval_flow_execution.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return approval_flow_execution

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


# Imported after ApprovalFlowExecution is defined so that models referring to each other import in any order.
from ..models.approval_flow_execution_steps_item import ApprovalFlowExecutionStepsItem  # noqa: E402
