from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mailgun_provider import MailgunProvider, check_mailgun_provider
from ..models.mailgun_region import MailgunRegion, check_mailgun_region

T = TypeVar("T", bound="Mailgun")

_JSON_KEYS = frozenset(
    {
        "provider",
        "secret",
        "domain",
        "region",
    }
)
"""The property names of Mailgun in JSON; any other key goes to additional_properties."""


@_attrs_define
class Mailgun:
    provider: MailgunProvider
    secret: str
    domain: str
    region: MailgunRegion = "us"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        secret = self.secret

        domain = self.domain

        region: str = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "secret": secret,
                "domain": domain,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        provider = check_mailgun_provider(d["provider"])

        secret = d["secret"]

        domain = d["domain"]

        region = check_mailgun_region(d["region"])

        mailgun = cls(
            provider,
            secret,
            domain,
            region,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            mailgun.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return mailgun

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
