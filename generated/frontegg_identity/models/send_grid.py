from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_grid_provider import SendGridProvider, check_send_grid_provider

T = TypeVar("T", bound="SendGrid")

_JSON_KEYS = frozenset(
    {
        "provider",
        "secret",
    }
)
"""The property names of SendGrid in JSON; any other key goes to additional_properties."""


@_attrs_define
class SendGrid:
    provider: SendGridProvider
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        provider = check_send_grid_provider(d["provider"])

        secret = d["secret"]

        send_grid = cls(
            provider,
            secret,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            send_grid.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return send_grid

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
