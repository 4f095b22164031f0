from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unpublished_password_recovery_strategy_strategy import (
    UnpublishedPasswordRecoveryStrategyStrategy,
    check_unpublished_password_recovery_strategy_strategy,
)

T = TypeVar("T", bound="UnpublishedPasswordRecoveryStrategy")

_JSON_KEYS = frozenset(
    {
        "strategy",
        "isActive",
    }
)
"""The property names of UnpublishedPasswordRecoveryStrategy in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedPasswordRecoveryStrategy:
    strategy: UnpublishedPasswordRecoveryStrategyStrategy
    """ The channel the reset goes through. """
    is_active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str = self.strategy

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "isActive": is_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        strategy = check_unpublished_password_recovery_strategy_strategy(d["strategy"])

        is_active = d["isActive"]

        unpublished_password_recovery_strategy = cls(
            strategy,
            is_active,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            unpublished_password_recovery_strategy.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return unpublished_password_recovery_strategy

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
