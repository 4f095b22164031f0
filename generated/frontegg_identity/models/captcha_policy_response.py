from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CaptchaPolicyResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "siteKey",
        "secretKey",
        "enabled",
        "minScore",
        "ignoredEmails",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of CaptchaPolicyResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class CaptchaPolicyResponse:
    id: str
    site_key: str
    secret_key: str
    enabled: bool
    min_score: float
    ignored_emails: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        site_key = self.site_key

        secret_key = self.secret_key

        enabled = self.enabled

        min_score = self.min_score

        ignored_emails = self.ignored_emails

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "siteKey": site_key,
                "secretKey": secret_key,
                "enabled": enabled,
                "minScore": min_score,
                "ignoredEmails": ignored_emails,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        site_key = d["siteKey"]

        secret_key = d["secretKey"]

        enabled = d["enabled"]

        min_score = d["minScore"]

        ignored_emails: list[str] = d["ignoredEmails"]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        captcha_policy_response = cls(
            id,
            site_key,
            secret_key,
            enabled,
            min_score,
            ignored_emails,
            created_at,
            updated_at,
        )

        if len(d) > 8 and not d.keys() <= _JSON_KEYS:
            captcha_policy_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return captcha_policy_response

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
