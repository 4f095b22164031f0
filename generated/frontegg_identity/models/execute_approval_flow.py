from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteApprovalFlow")

_JSON_KEYS = frozenset(
    {
        "executionData",
        "webhookUrl",
    }
)
"""The property names of ExecuteApprovalFlow in JSON; any other key goes to additional_properties."""


@_attrs_define
class ExecuteApprovalFlow:
    execution_data: ExecuteApprovalFlowExecutionData | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_data, Unset):
            execution_data = self.execution_data.to_dict()

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_data is not UNSET:
            field_dict["executionData"] = execution_data
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _execution_data = d.get("executionData", UNSET)
        execution_data: ExecuteApprovalFlowExecutionData | Unset
        if isinstance(_execution_data, Unset):
            execution_data = UNSET
        else:
            execution_data = ExecuteApprovalFlowExecutionData.from_dict(_execution_data)

        webhook_url = d.get("webhookUrl", UNSET)

        execute_approval_flow = cls(
            execution_data,
            webhook_url,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            execute_approval_flow.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return execute_approval_flow

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


# Imported after ExecuteApprovalFlow is defined so that models referring to each other import in any order.
from ..models.execute_approval_flow_execution_data import ExecuteApprovalFlowExecutionData  # noqa: E402
