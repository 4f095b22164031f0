from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasskeyPreLoginRequest")

_JSON_KEYS = frozenset(
    {
        "email",
        "userId",
        "recaptchaToken",
    }
)
"""The property names of PasskeyPreLoginRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class PasskeyPreLoginRequest:
    """Who is signing in, when known (rest-api IWebAuthnPreLogin: IEmailWebAuthnPreLogin or IUserIDWebAuthnPreLogin).
    Without either, any discoverable passkey may answer.

    """

    email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    recaptcha_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        user_id = self.user_id

        recaptcha_token = self.recaptcha_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d.get("email", UNSET)

        user_id = d.get("userId", UNSET)

        recaptcha_token = d.get("recaptchaToken", UNSET)

        passkey_pre_login_request = cls(
            email,
            user_id,
            recaptcha_token,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            passkey_pre_login_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return passkey_pre_login_request

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
