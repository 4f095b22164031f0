from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivateUserWithCode")

_JSON_KEYS = frozenset(
    {
        "userId",
        "token",
        "code",
        "password",
        "recaptchaToken",
        "lastTermsCheck",
    }
)
"""The property names of ActivateUserWithCode in JSON; any other key goes to additional_properties."""


@_attrs_define
class ActivateUserWithCode:
    user_id: str
    token: str
    code: str
    password: str | Unset = UNSET
    recaptcha_token: str | Unset = UNSET
    last_terms_check: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        token = self.token

        code = self.code

        password = self.password

        recaptcha_token = self.recaptcha_token

        last_terms_check = self.last_terms_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "token": token,
                "code": code,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token
        if last_terms_check is not UNSET:
            field_dict["lastTermsCheck"] = last_terms_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["userId"]

        token = d["token"]

        code = d["code"]

        password = d.get("password", UNSET)

        recaptcha_token = d.get("recaptchaToken", UNSET)

        last_terms_check = d.get("lastTermsCheck", UNSET)

        activate_user_with_code = cls(
            user_id,
            token,
            code,
            password,
            recaptcha_token,
            last_terms_check,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            activate_user_with_code.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return activate_user_with_code

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
