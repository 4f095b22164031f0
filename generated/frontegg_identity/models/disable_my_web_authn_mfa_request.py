from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DisableMyWebAuthnMfaRequest")

_JSON_KEYS = frozenset(
    {
        "webauthnToken",
        "options",
    }
)
"""The property names of DisableMyWebAuthnMfaRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class DisableMyWebAuthnMfaRequest:
    webauthn_token: str
    options: AuthenticateUserWebAuthn
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webauthn_token = self.webauthn_token

        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webauthnToken": webauthn_token,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        webauthn_token = d["webauthnToken"]

        options = AuthenticateUserWebAuthn.from_dict(d["options"])

        disable_my_web_authn_mfa_request = cls(
            webauthn_token,
            options,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            disable_my_web_authn_mfa_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return disable_my_web_authn_mfa_request

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


# Imported after DisableMyWebAuthnMfaRequest is defined so that models referring to each other import in any order.
from ..models.authenticate_user_web_authn import AuthenticateUserWebAuthn  # noqa: E402
