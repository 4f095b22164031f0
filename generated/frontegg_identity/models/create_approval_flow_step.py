from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateApprovalFlowStep")

_JSON_KEYS = frozenset(
    {
        "approverSelectors",
        "configuration",
        "stepOrder",
    }
)
"""The property names of CreateApprovalFlowStep in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateApprovalFlowStep:
    approver_selectors: ApproverSelector
    configuration: StepConfiguration
    step_order: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approver_selectors = self.approver_selectors.to_dict()

        configuration = self.configuration.to_dict()

        step_order = self.step_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approverSelectors": approver_selectors,
                "configuration": configuration,
                "stepOrder": step_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        approver_selectors = ApproverSelector.from_dict(d["approverSelectors"])

        configuration = StepConfiguration.from_dict(d["configuration"])

        step_order = d["stepOrder"]

        create_approval_flow_step = cls(
            approver_selectors,
            configuration,
            step_order,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            create_approval_flow_step.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_approval_flow_step

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


# Imported after CreateApprovalFlowStep is defined so that models referring to each other import in any order.
from ..models.approver_selector import ApproverSelector  # noqa: E402
from ..models.step_configuration import StepConfiguration  # noqa: E402
