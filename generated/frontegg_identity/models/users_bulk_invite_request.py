from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsersBulkInviteRequest")

_JSON_KEYS = frozenset(
    {
        "users",
    }
)
"""The property names of UsersBulkInviteRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UsersBulkInviteRequest:
    users: list[UserBulkInviteRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        users = [UserBulkInviteRequest.from_dict(users_item_data) for users_item_data in d["users"]]

        users_bulk_invite_request = cls(
            users,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            users_bulk_invite_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return users_bulk_invite_request

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


# Imported after UsersBulkInviteRequest is defined so that models referring to each other import in any order.
from ..models.user_bulk_invite_request import UserBulkInviteRequest  # noqa: E402
