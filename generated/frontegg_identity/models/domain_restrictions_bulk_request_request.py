from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_restrictions_bulk_request_request_type import (
    DomainRestrictionsBulkRequestRequestType,
    check_domain_restrictions_bulk_request_request_type,
)

T = TypeVar("T", bound="DomainRestrictionsBulkRequestRequest")

_JSON_KEYS = frozenset(
    {
        "type",
        "domains",
    }
)
"""The property names of DomainRestrictionsBulkRequestRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class DomainRestrictionsBulkRequestRequest:
    type_: DomainRestrictionsBulkRequestRequestType
    domains: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        domains = self.domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "domains": domains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_domain_restrictions_bulk_request_request_type(d["type"])

        domains: list[str] = d["domains"]

        domain_restrictions_bulk_request_request = cls(
            type_,
            domains,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            domain_restrictions_bulk_request_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return domain_restrictions_bulk_request_request

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
