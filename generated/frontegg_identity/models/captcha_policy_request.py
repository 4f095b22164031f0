from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptchaPolicyRequest")

_JSON_KEYS = frozenset(
    {
        "enabled",
        "siteKey",
        "secretKey",
        "minScore",
        "ignoredEmails",
    }
)
"""The property names of CaptchaPolicyRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CaptchaPolicyRequest:
    enabled: bool
    site_key: str
    secret_key: str
    min_score: float
    ignored_emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        site_key = self.site_key

        secret_key = self.secret_key

        min_score = self.min_score

        ignored_emails: list[str] | Unset = UNSET
        if not isinstance(self.ignored_emails, Unset):
            ignored_emails = self.ignored_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "siteKey": site_key,
                "secretKey": secret_key,
                "minScore": min_score,
            }
        )
        if ignored_emails is not UNSET:
            field_dict["ignoredEmails"] = ignored_emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enabled = d["enabled"]

        site_key = d["siteKey"]

        secret_key = d["secretKey"]

        min_score = d["minScore"]

        ignored_emails: list[str] | Unset = d.get("ignoredEmails", UNSET)

        captcha_policy_request = cls(
            enabled,
            site_key,
            secret_key,
            min_score,
            ignored_emails,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            captcha_policy_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return captcha_policy_request

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
