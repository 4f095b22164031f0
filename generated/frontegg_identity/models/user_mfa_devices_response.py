from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserMfaDevicesResponse")

_JSON_KEYS = frozenset(
    {
        "webauthn",
        "phones",
        "authenticators",
        "emails",
    }
)
"""The property names of UserMfaDevicesResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserMfaDevicesResponse:
    webauthn: list[UserMfaWebAuthnDeviceResponse]
    phones: list[UserMfaPhoneDeviceResponse]
    authenticators: list[UserMfaAuthenticatorAppResponse]
    emails: list[UserMfaEmailCodeResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webauthn = []
        for webauthn_item_data in self.webauthn:
            webauthn_item = webauthn_item_data.to_dict()
            webauthn.append(webauthn_item)

        phones = []
        for phones_item_data in self.phones:
            phones_item = phones_item_data.to_dict()
            phones.append(phones_item)

        authenticators = []
        for authenticators_item_data in self.authenticators:
            authenticators_item = authenticators_item_data.to_dict()
            authenticators.append(authenticators_item)

        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webauthn": webauthn,
                "phones": phones,
                "authenticators": authenticators,
                "emails": emails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        webauthn = [UserMfaWebAuthnDeviceResponse.from_dict(webauthn_item_data) for webauthn_item_data in d["webauthn"]]

        phones = [UserMfaPhoneDeviceResponse.from_dict(phones_item_data) for phones_item_data in d["phones"]]

        authenticators = [
            UserMfaAuthenticatorAppResponse.from_dict(authenticators_item_data)
            for authenticators_item_data in d["authenticators"]
        ]

        emails = [UserMfaEmailCodeResponse.from_dict(emails_item_data) for emails_item_data in d["emails"]]

        user_mfa_devices_response = cls(
            webauthn,
            phones,
            authenticators,
            emails,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            user_mfa_devices_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_mfa_devices_response

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


# Imported after UserMfaDevicesResponse is defined so that models referring to each other import in any order.
from ..models.user_mfa_authenticator_app_response import UserMfaAuthenticatorAppResponse  # noqa: E402
from ..models.user_mfa_email_code_response import UserMfaEmailCodeResponse  # noqa: E402
from ..models.user_mfa_phone_device_response import UserMfaPhoneDeviceResponse  # noqa: E402
from ..models.user_mfa_web_authn_device_response import UserMfaWebAuthnDeviceResponse  # noqa: E402
