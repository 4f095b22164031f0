from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classify_permissions_type import ClassifyPermissionsType, check_classify_permissions_type

T = TypeVar("T", bound="ClassifyPermissions")

_JSON_KEYS = frozenset(
    {
        "permissionIds",
        "type",
    }
)
"""The property names of ClassifyPermissions in JSON; any other key goes to additional_properties."""


@_attrs_define
class ClassifyPermissions:
    permission_ids: list[str]
    type_: ClassifyPermissionsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_ids = self.permission_ids

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permissionIds": permission_ids,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        permission_ids: list[str] = d["permissionIds"]

        type_ = check_classify_permissions_type(d["type"])

        classify_permissions = cls(
            permission_ids,
            type_,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            classify_permissions.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return classify_permissions

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
