from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnpublishedValidateResetPasswordTokenRequest")

_JSON_KEYS = frozenset(
    {
        "userId",
        "token",
    }
)
"""The property names of UnpublishedValidateResetPasswordTokenRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedValidateResetPasswordTokenRequest:
    user_id: str
    """ The user the reset link names. """
    token: str
    """ The token of the reset link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        token = d["token"]

        unpublished_validate_reset_password_token_request = cls(
            user_id,
            token,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            unpublished_validate_reset_password_token_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return unpublished_validate_reset_password_token_request

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
