from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApprovalFlow")

_JSON_KEYS = frozenset(
    {
        "name",
        "description",
        "isActive",
        "channels",
        "configuration",
        "steps",
    }
)
"""The property names of UpdateApprovalFlow in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateApprovalFlow:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    channels: ApprovalFlowChannelDto | Unset = UNSET
    configuration: ApprovalFlowConfiguration | Unset = UNSET
    steps: list[CreateApprovalFlowStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        is_active = self.is_active

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if channels is not UNSET:
            field_dict["channels"] = channels
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        is_active = d.get("isActive", UNSET)

        _channels = d.get("channels", UNSET)
        channels: ApprovalFlowChannelDto | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = ApprovalFlowChannelDto.from_dict(_channels)

        _configuration = d.get("configuration", UNSET)
        configuration: ApprovalFlowConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ApprovalFlowConfiguration.from_dict(_configuration)

        _steps = d.get("steps", UNSET)
        steps: list[CreateApprovalFlowStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = [CreateApprovalFlowStep.from_dict(steps_item_data) for steps_item_data in _steps]

        update_approval_flow = cls(
            name,
            description,
            is_active,
            channels,
            configuration,
            steps,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_approval_flow.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_approval_flow

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


# Imported after UpdateApprovalFlow is defined so that models referring to each other import in any order.
from ..models.approval_flow_channel_dto import ApprovalFlowChannelDto  # noqa: E402
from ..models.approval_flow_configuration import ApprovalFlowConfiguration  # noqa: E402
from ..models.create_approval_flow_step import CreateApprovalFlowStep  # noqa: E402
