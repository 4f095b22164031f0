from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_mail_config_response_provider import (
    GetMailConfigResponseProvider,
    check_get_mail_config_response_provider,
)
from ..types import parse_datetime

T = TypeVar("T", bound="GetMailConfigResponse")

_JSON_KEYS = frozenset(
    {
        "secret",
        "createdAt",
        "updatedAt",
        "extension",
        "provider",
    }
)
"""The property names of GetMailConfigResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetMailConfigResponse:
    secret: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    extension: list[GetMailConfigResponseExtensionItem]
    provider: GetMailConfigResponseProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        extension = []
        for extension_item_data in self.extension:
            extension_item = extension_item_data.to_dict()
            extension.append(extension_item)

        provider: str = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret": secret,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "extension": extension,
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        secret = d["secret"]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        extension = [
            GetMailConfigResponseExtensionItem.from_dict(extension_item_data) for extension_item_data in d["extension"]
        ]

        provider = check_get_mail_config_response_provider(d["provider"])

        get_mail_config_response = cls(
            secret,
            created_at,
            updated_at,
            extension,
            provider,
        )

        if len(d) > 5 and not d.keys() <= _JSON_KEYS:
            get_mail_config_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_mail_config_response

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


# Imported after GetMailConfigResponse is defined so that models referring to each other import in any order.
from ..models.get_mail_config_response_extension_item import GetMailConfigResponseExtensionItem  # noqa: E402
