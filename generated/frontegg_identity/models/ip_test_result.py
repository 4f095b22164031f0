from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IpTestResult")

_JSON_KEYS = frozenset(
    {
        "valid",
        "ip",
    }
)
"""The property names of IpTestResult in JSON; any other key goes to additional_properties."""


@_attrs_define
class IpTestResult:
    """Whether the caller's address passes the account's IP rules."""

    valid: bool
    ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
            }
        )
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        valid = d["valid"]

        ip = d.get("ip", UNSET)

        ip_test_result = cls(
            valid,
            ip,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            ip_test_result.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return ip_test_result

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
