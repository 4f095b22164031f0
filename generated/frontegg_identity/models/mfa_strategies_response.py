from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MfaStrategiesResponse")

_JSON_KEYS = frozenset(
    {
        "strategies",
    }
)
"""The property names of MfaStrategiesResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class MfaStrategiesResponse:
    strategies: list[MfaStrategyResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategies = []
        for strategies_item_data in self.strategies:
            strategies_item = strategies_item_data.to_dict()
            strategies.append(strategies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategies": strategies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        strategies = [MfaStrategyResponse.from_dict(strategies_item_data) for strategies_item_data in d["strategies"]]

        mfa_strategies_response = cls(
            strategies,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            mfa_strategies_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return mfa_strategies_response

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


# Imported after MfaStrategiesResponse is defined so that models referring to each other import in any order.
from ..models.mfa_strategy_response import MfaStrategyResponse  # noqa: E402
