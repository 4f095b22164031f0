from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ApprovalFlowResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "vendorId",
        "name",
        "isActive",
        "channels",
        "configuration",
        "steps",
        "createdAt",
        "updatedAt",
        "tenantId",
        "description",
    }
)
"""The property names of ApprovalFlowResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApprovalFlowResponse:
    id: str
    vendor_id: str
    name: str
    is_active: bool
    channels: ApprovalFlowChannel
    configuration: ApprovalFlowConfigurationResponse
    steps: list[ApprovalFlowStepResponse]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    tenant_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        name = self.name

        is_active = self.is_active

        channels = self.channels.to_dict()

        configuration = self.configuration.to_dict()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        tenant_id = self.tenant_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vendorId": vendor_id,
                "name": name,
                "isActive": is_active,
                "channels": channels,
                "configuration": configuration,
                "steps": steps,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        vendor_id = d["vendorId"]

        name = d["name"]

        is_active = d["isActive"]

        channels = ApprovalFlowChannel.from_dict(d["channels"])

        configuration = ApprovalFlowConfigurationResponse.from_dict(d["configuration"])

        steps = [ApprovalFlowStepResponse.from_dict(steps_item_data) for steps_item_data in d["steps"]]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        tenant_id = d.get("tenantId", UNSET)

        description = d.get("description", UNSET)

        approval_flow_response = cls(
            id,
            vendor_id,
            name,
            is_active,
            channels,
            configuration,
            steps,
            created_at,
            updated_at,
            tenant_id,
            description,
        )

        if len(d) > 9 and not d.keys() <= _JSON_KEYS:
            approval_flow_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return approval_flow_response

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


# Imported after ApprovalFlowResponse is defined so that models referring to each other import in any order.
from ..models.approval_flow_channel import ApprovalFlowChannel  # noqa: E402
from ..models.approval_flow_configuration_response import ApprovalFlowConfigurationResponse  # noqa: E402
from ..models.approval_flow_step_response import ApprovalFlowStepResponse  # noqa: E402
