from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MfaConfigResponse")

_JSON_KEYS = frozenset(
    {
        "authenticationApp",
        "sms",
        "email",
    }
)
"""The property names of MfaConfigResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class MfaConfigResponse:
    authentication_app: AuthenticationAppConfiguration
    sms: SmsConfiguration
    email: EmailConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_app = self.authentication_app.to_dict()

        sms = self.sms.to_dict()

        email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authenticationApp": authentication_app,
                "sms": sms,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        authentication_app = AuthenticationAppConfiguration.from_dict(d["authenticationApp"])

        sms = SmsConfiguration.from_dict(d["sms"])

        email = EmailConfiguration.from_dict(d["email"])

        mfa_config_response = cls(
            authentication_app,
            sms,
            email,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            mfa_config_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return mfa_config_response

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


# Imported after MfaConfigResponse is defined so that models referring to each other import in any order.
from ..models.authentication_app_configuration import AuthenticationAppConfiguration  # noqa: E402
from ..models.email_configuration import EmailConfiguration  # noqa: E402
from ..models.sms_configuration import SmsConfiguration  # noqa: E402
