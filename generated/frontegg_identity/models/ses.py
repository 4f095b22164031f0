from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ses_provider import SesProvider, check_ses_provider

T = TypeVar("T", bound="Ses")

_JSON_KEYS = frozenset(
    {
        "provider",
        "secret",
        "id",
        "region",
    }
)
"""The property names of Ses in JSON; any other key goes to additional_properties."""


@_attrs_define
class Ses:
    provider: SesProvider
    secret: str
    id: str
    region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        secret = self.secret

        id = self.id

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "secret": secret,
                "id": id,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        provider = check_ses_provider(d["provider"])

        secret = d["secret"]

        id = d["id"]

        region = d["region"]

        ses = cls(
            provider,
            secret,
            id,
            region,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            ses.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return ses

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
