from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="ApprovalFlowStepResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "stepOrder",
        "approverSelectors",
        "configuration",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of ApprovalFlowStepResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApprovalFlowStepResponse:
    id: str
    step_order: float
    approver_selectors: ApproverSelectorResponse
    configuration: StepConfigurationResponse
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        step_order = self.step_order

        approver_selectors = self.approver_selectors.to_dict()

        configuration = self.configuration.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "stepOrder": step_order,
                "approverSelectors": approver_selectors,
                "configuration": configuration,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        step_order = d["stepOrder"]

        approver_selectors = ApproverSelectorResponse.from_dict(d["approverSelectors"])

        configuration = StepConfigurationResponse.from_dict(d["configuration"])

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        approval_flow_step_response = cls(
            id,
            step_order,
            approver_selectors,
            configuration,
            created_at,
            updated_at,
        )

        if len(d) > 6 and not d.keys() <= _JSON_KEYS:
            approval_flow_step_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return approval_flow_step_response

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


# Imported after ApprovalFlowStepResponse is defined so that models referring to each other import in any order.
from ..models.approver_selector_response import ApproverSelectorResponse  # noqa: E402
from ..models.step_configuration_response import StepConfigurationResponse  # noqa: E402
