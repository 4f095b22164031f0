from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_restrictions_response_type import (
    DomainRestrictionsResponseType,
    check_domain_restrictions_response_type,
)

T = TypeVar("T", bound="DomainRestrictionsResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "domain",
        "type",
    }
)
"""The property names of DomainRestrictionsResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class DomainRestrictionsResponse:
    id: str
    domain: str
    type_: DomainRestrictionsResponseType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain = self.domain

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "domain": domain,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        domain = d["domain"]

        type_ = check_domain_restrictions_response_type(d["type"])

        domain_restrictions_response = cls(
            id,
            domain,
            type_,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            domain_restrictions_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return domain_restrictions_response

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
