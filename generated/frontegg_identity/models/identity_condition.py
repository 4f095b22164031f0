from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_condition_attribute import IdentityConditionAttribute, check_identity_condition_attribute
from ..models.identity_condition_op import IdentityConditionOp, check_identity_condition_op

T = TypeVar("T", bound="IdentityCondition")

_JSON_KEYS = frozenset(
    {
        "attribute",
        "op",
        "value",
        "negate",
    }
)
"""The property names of IdentityCondition in JSON; any other key goes to additional_properties."""


@_attrs_define
class IdentityCondition:
    attribute: IdentityConditionAttribute
    op: IdentityConditionOp
    value: IdentityConditionValue
    negate: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute: str = self.attribute

        op: str = self.op

        value = self.value.to_dict()

        negate = self.negate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute": attribute,
                "op": op,
                "value": value,
                "negate": negate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attribute = check_identity_condition_attribute(d["attribute"])

        op = check_identity_condition_op(d["op"])

        value = IdentityConditionValue.from_dict(d["value"])

        negate = d["negate"]

        identity_condition = cls(
            attribute,
            op,
            value,
            negate,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            identity_condition.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return identity_condition

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


# Imported after IdentityCondition is defined so that models referring to each other import in any order.
from ..models.identity_condition_value import IdentityConditionValue  # noqa: E402
