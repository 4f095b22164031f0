from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordlessAuthenticationPrelogin")

_JSON_KEYS = frozenset(
    {
        "recaptchaToken",
        "invitationToken",
        "email",
        "userId",
        "username",
    }
)
"""The property names of PasswordlessAuthenticationPrelogin in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasswordlessAuthenticationPrelogin:
    recaptcha_token: str | Unset = UNSET
    invitation_token: str | Unset = UNSET
    email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recaptcha_token = self.recaptcha_token

        invitation_token = self.invitation_token

        email = self.email

        user_id = self.user_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token
        if invitation_token is not UNSET:
            field_dict["invitationToken"] = invitation_token
        if email is not UNSET:
            field_dict["email"] = email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        recaptcha_token = d.get("recaptchaToken", UNSET)

        invitation_token = d.get("invitationToken", UNSET)

        email = d.get("email", UNSET)

        user_id = d.get("userId", UNSET)

        username = d.get("username", UNSET)

        passwordless_authentication_prelogin = cls(
            recaptcha_token,
            invitation_token,
            email,
            user_id,
            username,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            passwordless_authentication_prelogin.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return passwordless_authentication_prelogin

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
