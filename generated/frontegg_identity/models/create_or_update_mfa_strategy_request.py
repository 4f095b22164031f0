from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_or_update_mfa_strategy_request_strategy import (
    CreateOrUpdateMfaStrategyRequestStrategy,
    check_create_or_update_mfa_strategy_request_strategy,
)

T = TypeVar("T", bound="CreateOrUpdateMfaStrategyRequest")

_JSON_KEYS = frozenset(
    {
        "isActive",
        "strategy",
    }
)
"""The property names of CreateOrUpdateMfaStrategyRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateOrUpdateMfaStrategyRequest:
    is_active: bool
    strategy: CreateOrUpdateMfaStrategyRequestStrategy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        strategy: str = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isActive": is_active,
                "strategy": strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        is_active = d["isActive"]

        strategy = check_create_or_update_mfa_strategy_request_strategy(d["strategy"])

        create_or_update_mfa_strategy_request = cls(
            is_active,
            strategy,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            create_or_update_mfa_strategy_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_or_update_mfa_strategy_request

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
