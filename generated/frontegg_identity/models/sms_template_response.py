from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SmsTemplateResponse")

_JSON_KEYS = frozenset(
    {
        "type",
        "body",
        "active",
        "senderName",
        "isDefault",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of SmsTemplateResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class SmsTemplateResponse:
    """One SMS template of a type (the environment's own, else Frontegg's default)."""

    type_: str
    body: str
    active: bool
    sender_name: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    """ Whether this is Frontegg's default text rather than one the environment saved. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body

        active = self.active

        sender_name = self.sender_name

        is_default = self.is_default

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "body": body,
                "active": active,
            }
        )
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        body = d["body"]

        active = d["active"]

        sender_name = d.get("senderName", UNSET)

        is_default = d.get("isDefault", UNSET)

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

        sms_template_response = cls(
            type_,
            body,
            active,
            sender_name,
            is_default,
            created_at,
            updated_at,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            sms_template_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sms_template_response

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
