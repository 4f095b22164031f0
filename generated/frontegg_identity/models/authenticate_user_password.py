from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticateUserPassword")

_JSON_KEYS = frozenset(
    {
        "password",
        "email",
        "username",
        "recaptchaToken",
        "invitationToken",
    }
)
"""The property names of AuthenticateUserPassword in JSON; any other key goes to additional_properties."""


@_attrs_define
class AuthenticateUserPassword:
    password: str
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    recaptcha_token: str | Unset = UNSET
    invitation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        email = self.email

        username = self.username

        recaptcha_token = self.recaptcha_token

        invitation_token = self.invitation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token
        if invitation_token is not UNSET:
            field_dict["invitationToken"] = invitation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        password = d["password"]

        email = d.get("email", UNSET)

        username = d.get("username", UNSET)

        recaptcha_token = d.get("recaptchaToken", UNSET)

        invitation_token = d.get("invitationToken", UNSET)

        authenticate_user_password = cls(
            password,
            email,
            username,
            recaptcha_token,
            invitation_token,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            authenticate_user_password.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return authenticate_user_password

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
