from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_condition_attribute import IdentityConditionAttribute, check_identity_condition_attribute
from ..models.identity_condition_op import IdentityConditionOp, check_identity_condition_op

if TYPE_CHECKING:
    from ..models.identity_condition_value import IdentityConditionValue


T = TypeVar("T", bound="IdentityCondition")


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
        from ..models.identity_condition_value import IdentityConditionValue  # noqa: PLC0415

        d = dict(src_dict)
        attribute = check_identity_condition_attribute(d.pop("attribute"))

        op = check_identity_condition_op(d.pop("op"))

        value = IdentityConditionValue.from_dict(d.pop("value"))

        negate = d.pop("negate")

        identity_condition = cls(
            attribute=attribute,
            op=op,
            value=value,
            negate=negate,
        )

        identity_condition.additional_properties = d
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
