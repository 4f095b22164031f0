from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApprovalFlow")

_JSON_KEYS = frozenset(
    {
        "name",
        "channels",
        "configuration",
        "steps",
        "description",
        "isActive",
    }
)
"""The property names of CreateApprovalFlow in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateApprovalFlow:
    name: str
    channels: ApprovalFlowChannelDto
    configuration: ApprovalFlowConfiguration
    steps: list[CreateApprovalFlowStep]
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        channels = self.channels.to_dict()

        configuration = self.configuration.to_dict()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        description = self.description

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "channels": channels,
                "configuration": configuration,
                "steps": steps,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        channels = ApprovalFlowChannelDto.from_dict(d["channels"])

        configuration = ApprovalFlowConfiguration.from_dict(d["configuration"])

        steps = [CreateApprovalFlowStep.from_dict(steps_item_data) for steps_item_data in d["steps"]]

        description = d.get("description", UNSET)

        is_active = d.get("isActive", UNSET)

        create_approval_flow = cls(
            name,
            channels,
            configuration,
            steps,
            description,
            is_active,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            create_approval_flow.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_approval_flow

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


# Imported after CreateApprovalFlow is defined so that models referring to each other import in any order.
from ..models.approval_flow_channel_dto import ApprovalFlowChannelDto  # noqa: E402
from ..models.approval_flow_configuration import ApprovalFlowConfiguration  # noqa: E402
from ..models.create_approval_flow_step import CreateApprovalFlowStep  # noqa: E402
