from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_restrictions_config_update_request_type import (
    DomainRestrictionsConfigUpdateRequestType,
    check_domain_restrictions_config_update_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainRestrictionsConfigUpdateRequest")

_JSON_KEYS = frozenset(
    {
        "active",
        "blockPublicDomains",
        "type",
    }
)
"""The property names of DomainRestrictionsConfigUpdateRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class DomainRestrictionsConfigUpdateRequest:
    active: bool
    block_public_domains: bool | Unset = UNSET
    type_: DomainRestrictionsConfigUpdateRequestType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        block_public_domains = self.block_public_domains

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
            }
        )
        if block_public_domains is not UNSET:
            field_dict["blockPublicDomains"] = block_public_domains
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        active = d["active"]

        block_public_domains = d.get("blockPublicDomains", UNSET)

        _type_ = d.get("type", UNSET)
        type_: DomainRestrictionsConfigUpdateRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_domain_restrictions_config_update_request_type(_type_)

        domain_restrictions_config_update_request = cls(
            active,
            block_public_domains,
            type_,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            domain_restrictions_config_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return domain_restrictions_config_update_request

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
