from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="GroupUser")

_JSON_KEYS = frozenset(
    {
        "id",
        "email",
        "name",
        "profilePictureUrl",
        "createdAt",
        "activatedForTenant",
    }
)
"""The property names of GroupUser in JSON; any other key goes to additional_properties."""


@_attrs_define
class GroupUser:
    id: str
    email: str
    name: str
    profile_picture_url: str
    created_at: datetime.datetime
    activated_for_tenant: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        profile_picture_url = self.profile_picture_url

        created_at = self.created_at.isoformat()

        activated_for_tenant = self.activated_for_tenant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "profilePictureUrl": profile_picture_url,
                "createdAt": created_at,
                "activatedForTenant": activated_for_tenant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        email = d["email"]

        name = d["name"]

        profile_picture_url = d["profilePictureUrl"]

        created_at = parse_datetime(d["createdAt"])

        activated_for_tenant = d["activatedForTenant"]

        group_user = cls(
            id,
            email,
            name,
            profile_picture_url,
            created_at,
            activated_for_tenant,
        )

        if len(d) > 6 and not d.keys() <= _JSON_KEYS:
            group_user.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return group_user

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
