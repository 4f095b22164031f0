from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSmsVendorConfigRequest")

_JSON_KEYS = frozenset(
    {
        "senderName",
        "accountId",
        "token",
        "serviceId",
        "provider",
        "channel",
    }
)
"""The property names of CreateSmsVendorConfigRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateSmsVendorConfigRequest:
    sender_name: str | Unset = UNSET
    account_id: str | Unset = UNSET
    token: str | Unset = UNSET
    service_id: str | Unset = UNSET
    provider: str | Unset = UNSET
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_name = self.sender_name

        account_id = self.account_id

        token = self.token

        service_id = self.service_id

        provider = self.provider

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if token is not UNSET:
            field_dict["token"] = token
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sender_name = d.get("senderName", UNSET)

        account_id = d.get("accountId", UNSET)

        token = d.get("token", UNSET)

        service_id = d.get("serviceId", UNSET)

        provider = d.get("provider", UNSET)

        channel = d.get("channel", UNSET)

        create_sms_vendor_config_request = cls(
            sender_name,
            account_id,
            token,
            service_id,
            provider,
            channel,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_sms_vendor_config_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_sms_vendor_config_request

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
