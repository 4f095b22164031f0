from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ExecutionDataResponse")

_JSON_KEYS = frozenset(
    {
        "approvalFlowName",
        "requester",
        "approvalFlowRequestDate",
        "approvalFlowDescription",
        "executionData",
    }
)
"""The property names of ExecutionDataResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ExecutionDataResponse:
    approval_flow_name: str
    requester: str
    approval_flow_request_date: datetime.datetime
    approval_flow_description: str | Unset = UNSET
    execution_data: ExecutionDataResponseExecutionData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_flow_name = self.approval_flow_name

        requester = self.requester

        approval_flow_request_date = self.approval_flow_request_date.isoformat()

        approval_flow_description = self.approval_flow_description

        execution_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_data, Unset):
            execution_data = self.execution_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvalFlowName": approval_flow_name,
                "requester": requester,
                "approvalFlowRequestDate": approval_flow_request_date,
            }
        )
        if approval_flow_description is not UNSET:
            field_dict["approvalFlowDescription"] = approval_flow_description
        if execution_data is not UNSET:
            field_dict["executionData"] = execution_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        approval_flow_name = d["approvalFlowName"]

        requester = d["requester"]

        approval_flow_request_date = parse_datetime(d["approvalFlowRequestDate"])

        approval_flow_description = d.get("approvalFlowDescription", UNSET)

        _execution_data = d.get("executionData", UNSET)
        execution_data: ExecutionDataResponseExecutionData | Unset
        if isinstance(_execution_data, Unset):
            execution_data = UNSET
        else:
            execution_data = ExecutionDataResponseExecutionData.from_dict(_execution_data)

        execution_data_response = cls(
            approval_flow_name,
            requester,
            approval_flow_request_date,
            approval_flow_description,
            execution_data,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            execution_data_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return execution_data_response

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


# Imported after ExecutionDataResponse is defined so that models referring to each other import in any order.
from ..models.execution_data_response_execution_data import ExecutionDataResponseExecutionData  # noqa: E402
