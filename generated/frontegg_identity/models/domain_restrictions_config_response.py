from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_restrictions_config_response_list_type import (
    DomainRestrictionsConfigResponseListType,
    check_domain_restrictions_config_response_list_type,
)

T = TypeVar("T", bound="DomainRestrictionsConfigResponse")

_JSON_KEYS = frozenset(
    {
        "active",
        "listType",
        "blockPublicDomains",
    }
)
"""The property names of DomainRestrictionsConfigResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class DomainRestrictionsConfigResponse:
    active: bool
    list_type: DomainRestrictionsConfigResponseListType
    block_public_domains: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        list_type: str = self.list_type

        block_public_domains = self.block_public_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "listType": list_type,
                "blockPublicDomains": block_public_domains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        active = d["active"]

        list_type = check_domain_restrictions_config_response_list_type(d["listType"])

        block_public_domains = d["blockPublicDomains"]

        domain_restrictions_config_response = cls(
            active,
            list_type,
            block_public_domains,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            domain_restrictions_config_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return domain_restrictions_config_response

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
