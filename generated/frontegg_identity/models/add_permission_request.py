from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_permission_request_assignment_type import (
    AddPermissionRequestAssignmentType,
    check_add_permission_request_assignment_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddPermissionRequest")

_JSON_KEYS = frozenset(
    {
        "key",
        "name",
        "description",
        "categoryId",
        "assignmentType",
    }
)
"""The property names of AddPermissionRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddPermissionRequest:
    key: str
    name: str
    description: str | Unset = UNSET
    category_id: str | Unset = UNSET
    assignment_type: AddPermissionRequestAssignmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = self.description

        category_id = self.category_id

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        name = d["name"]

        description = d.get("description", UNSET)

        category_id = d.get("categoryId", UNSET)

        _assignment_type = d.get("assignmentType", UNSET)
        assignment_type: AddPermissionRequestAssignmentType | Unset
        if isinstance(_assignment_type, Unset):
            assignment_type = UNSET
        else:
            assignment_type = check_add_permission_request_assignment_type(_assignment_type)

        add_permission_request = cls(
            key,
            name,
            description,
            category_id,
            assignment_type,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            add_permission_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return add_permission_request

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
