from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsTemplateList")

_JSON_KEYS = frozenset(
    {
        "items",
    }
)
"""The property names of SmsTemplateList in JSON; any other key goes to additional_properties."""


@_attrs_define
class SmsTemplateList:
    """The SMS templates of every type."""

    items: list[SmsTemplateResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items = [SmsTemplateResponse.from_dict(items_item_data) for items_item_data in d["items"]]

        sms_template_list = cls(
            items,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            sms_template_list.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sms_template_list

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


# Imported after SmsTemplateList is defined so that models referring to each other import in any order.
from ..models.sms_template_response import SmsTemplateResponse  # noqa: E402
