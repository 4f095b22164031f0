from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalFlowConfigurationResponse")

_JSON_KEYS = frozenset(
    {
        "autoApproveInMinutes",
        "reminderIntervalMinutes",
        "notifyOnDecisions",
        "logging",
        "timeoutMinutes",
        "webhookUrl",
    }
)
"""The property names of ApprovalFlowConfigurationResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApprovalFlowConfigurationResponse:
    auto_approve_in_minutes: float | Unset = UNSET
    reminder_interval_minutes: float | Unset = UNSET
    notify_on_decisions: bool | Unset = UNSET
    logging: bool | Unset = UNSET
    timeout_minutes: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_approve_in_minutes = self.auto_approve_in_minutes

        reminder_interval_minutes = self.reminder_interval_minutes

        notify_on_decisions = self.notify_on_decisions

        logging = self.logging

        timeout_minutes = self.timeout_minutes

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_approve_in_minutes is not UNSET:
            field_dict["autoApproveInMinutes"] = auto_approve_in_minutes
        if reminder_interval_minutes is not UNSET:
            field_dict["reminderIntervalMinutes"] = reminder_interval_minutes
        if notify_on_decisions is not UNSET:
            field_dict["notifyOnDecisions"] = notify_on_decisions
        if logging is not UNSET:
            field_dict["logging"] = logging
        if timeout_minutes is not UNSET:
            field_dict["timeoutMinutes"] = timeout_minutes
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auto_approve_in_minutes = d.get("autoApproveInMinutes", UNSET)

        reminder_interval_minutes = d.get("reminderIntervalMinutes", UNSET)

        notify_on_decisions = d.get("notifyOnDecisions", UNSET)

        logging = d.get("logging", UNSET)

        timeout_minutes = d.get("timeoutMinutes", UNSET)

        webhook_url = d.get("webhookUrl", UNSET)

        approval_flow_configuration_response = cls(
            auto_approve_in_minutes,
            reminder_interval_minutes,
            notify_on_decisions,
            logging,
            timeout_minutes,
            webhook_url,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            approval_flow_configuration_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return approval_flow_configuration_response

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
