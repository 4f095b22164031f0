from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enroll_my_web_authn_mfa_request_device_type import (
    EnrollMyWebAuthnMfaRequestDeviceType,
    check_enroll_my_web_authn_mfa_request_device_type,
)

T = TypeVar("T", bound="EnrollMyWebAuthnMfaRequest")

_JSON_KEYS = frozenset(
    {
        "deviceType",
        "webauthnToken",
        "options",
    }
)
"""The property names of EnrollMyWebAuthnMfaRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class EnrollMyWebAuthnMfaRequest:
    device_type: EnrollMyWebAuthnMfaRequestDeviceType
    webauthn_token: str
    options: VerifyNewWebAuthnDeviceRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_type: str = self.device_type

        webauthn_token = self.webauthn_token

        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceType": device_type,
                "webauthnToken": webauthn_token,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        device_type = check_enroll_my_web_authn_mfa_request_device_type(d["deviceType"])

        webauthn_token = d["webauthnToken"]

        options = VerifyNewWebAuthnDeviceRequest.from_dict(d["options"])

        enroll_my_web_authn_mfa_request = cls(
            device_type,
            webauthn_token,
            options,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            enroll_my_web_authn_mfa_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return enroll_my_web_authn_mfa_request

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


# Imported after EnrollMyWebAuthnMfaRequest is defined so that models referring to each other import in any order.
from ..models.verify_new_web_authn_device_request import VerifyNewWebAuthnDeviceRequest  # noqa: E402
