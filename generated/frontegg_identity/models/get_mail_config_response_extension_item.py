from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMailConfigResponseExtensionItem")

_JSON_KEYS = frozenset(
    {
        "id",
        "region",
        "domain",
    }
)
"""The property names of GetMailConfigResponseExtensionItem in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetMailConfigResponseExtensionItem:
    id: str | Unset = UNSET
    region: str | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if region is not UNSET:
            field_dict["region"] = region
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        region = d.get("region", UNSET)

        domain = d.get("domain", UNSET)

        get_mail_config_response_extension_item = cls(
            id,
            region,
            domain,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            get_mail_config_response_extension_item.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return get_mail_config_response_extension_item

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
