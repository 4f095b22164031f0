from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SmsVendorConfigResponse")

_JSON_KEYS = frozenset(
    {
        "provider",
        "channel",
        "senderName",
        "accountId",
        "serviceId",
        "token",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of SmsVendorConfigResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class SmsVendorConfigResponse:
    """The environment's SMS provider settings; an empty object when none is configured. The token is masked."""

    provider: str | Unset = UNSET
    channel: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    account_id: str | Unset = UNSET
    service_id: str | Unset = UNSET
    token: str | Unset = UNSET
    """ The provider token, masked. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        channel = self.channel

        sender_name = self.sender_name

        account_id = self.account_id

        service_id = self.service_id

        token = self.token

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if channel is not UNSET:
            field_dict["channel"] = channel
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if token is not UNSET:
            field_dict["token"] = token
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        provider = d.get("provider", UNSET)

        channel = d.get("channel", UNSET)

        sender_name = d.get("senderName", UNSET)

        account_id = d.get("accountId", UNSET)

        service_id = d.get("serviceId", UNSET)

        token = d.get("token", UNSET)

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

        sms_vendor_config_response = cls(
            provider,
            channel,
            sender_name,
            account_id,
            service_id,
            token,
            created_at,
            updated_at,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            sms_vendor_config_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sms_vendor_config_response

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
