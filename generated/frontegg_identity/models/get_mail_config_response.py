from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_mail_config_response_provider import (
    GetMailConfigResponseProvider,
    check_get_mail_config_response_provider,
)

if TYPE_CHECKING:
    from ..models.get_mail_config_response_extension_item import GetMailConfigResponseExtensionItem


T = TypeVar("T", bound="GetMailConfigResponse")


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
        from ..models.get_mail_config_response_extension_item import GetMailConfigResponseExtensionItem  # noqa: PLC0415

        d = dict(src_dict)
        secret = d.pop("secret")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        extension = []
        _extension = d.pop("extension")
        for extension_item_data in _extension:
            extension_item = GetMailConfigResponseExtensionItem.from_dict(extension_item_data)

            extension.append(extension_item)

        provider = check_get_mail_config_response_provider(d.pop("provider"))

        get_mail_config_response = cls(
            secret=secret,
            created_at=created_at,
            updated_at=updated_at,
            extension=extension,
            provider=provider,
        )

        get_mail_config_response.additional_properties = d
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
