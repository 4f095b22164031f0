from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.authentication_app_configuration import AuthenticationAppConfiguration
    from ..models.email_configuration import EmailConfiguration
    from ..models.sms_configuration import SmsConfiguration


T = TypeVar("T", bound="MfaConfigResponse")


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
        from ..models.authentication_app_configuration import AuthenticationAppConfiguration  # noqa: PLC0415
        from ..models.email_configuration import EmailConfiguration  # noqa: PLC0415
        from ..models.sms_configuration import SmsConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        authentication_app = AuthenticationAppConfiguration.from_dict(d.pop("authenticationApp"))

        sms = SmsConfiguration.from_dict(d.pop("sms"))

        email = EmailConfiguration.from_dict(d.pop("email"))

        mfa_config_response = cls(
            authentication_app=authentication_app,
            sms=sms,
            email=email,
        )

        mfa_config_response.additional_properties = d
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
