from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaConfigRequest")

_JSON_KEYS = frozenset(
    {
        "authenticationApp",
        "sms",
        "email",
    }
)
"""The property names of MfaConfigRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class MfaConfigRequest:
    authentication_app: MfaAuthAppConfig | Unset = UNSET
    sms: MfaSmsConfig | Unset = UNSET
    email: MfaEmailConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication_app, Unset):
            authentication_app = self.authentication_app.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_app is not UNSET:
            field_dict["authenticationApp"] = authentication_app
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _authentication_app = d.get("authenticationApp", UNSET)
        authentication_app: MfaAuthAppConfig | Unset
        if isinstance(_authentication_app, Unset):
            authentication_app = UNSET
        else:
            authentication_app = MfaAuthAppConfig.from_dict(_authentication_app)

        _sms = d.get("sms", UNSET)
        sms: MfaSmsConfig | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = MfaSmsConfig.from_dict(_sms)

        _email = d.get("email", UNSET)
        email: MfaEmailConfig | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = MfaEmailConfig.from_dict(_email)

        mfa_config_request = cls(
            authentication_app,
            sms,
            email,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            mfa_config_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return mfa_config_request

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


# Imported after MfaConfigRequest is defined so that models referring to each other import in any order.
from ..models.mfa_auth_app_config import MfaAuthAppConfig  # noqa: E402
from ..models.mfa_email_config import MfaEmailConfig  # noqa: E402
from ..models.mfa_sms_config import MfaSmsConfig  # noqa: E402
