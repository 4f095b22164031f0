from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activation_strategy_response_strategy import (
    ActivationStrategyResponseStrategy,
    check_activation_strategy_response_strategy,
)

T = TypeVar("T", bound="ActivationStrategyResponse")

_JSON_KEYS = frozenset(
    {
        "strategy",
        "codeExpiration",
    }
)
"""The property names of ActivationStrategyResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ActivationStrategyResponse:
    strategy: ActivationStrategyResponseStrategy
    code_expiration: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str = self.strategy

        code_expiration = self.code_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "codeExpiration": code_expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        strategy = check_activation_strategy_response_strategy(d["strategy"])

        code_expiration = d["codeExpiration"]

        activation_strategy_response = cls(
            strategy,
            code_expiration,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            activation_strategy_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return activation_strategy_response

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
