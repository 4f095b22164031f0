from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicationsOfUser")

_JSON_KEYS = frozenset(
    {
        "userId",
        "appIds",
    }
)
"""The property names of ApplicationsOfUser in JSON; any other key goes to additional_properties."""


@_attrs_define
class ApplicationsOfUser:
    user_id: str
    app_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        app_ids = self.app_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "appIds": app_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        app_ids: list[str] = d["appIds"]

        applications_of_user = cls(
            user_id,
            app_ids,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            applications_of_user.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return applications_of_user

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
