from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AcceptInvitationWithCode")

_JSON_KEYS = frozenset(
    {
        "userId",
        "token",
        "code",
    }
)
"""The property names of AcceptInvitationWithCode in JSON; any other key goes to additional_properties."""


@_attrs_define
class AcceptInvitationWithCode:
    user_id: str
    token: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        token = self.token

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "token": token,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        token = d["token"]

        code = d["code"]

        accept_invitation_with_code = cls(
            user_id,
            token,
            code,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            accept_invitation_with_code.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return accept_invitation_with_code

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
