from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestEnrollAuthenticatorAppMfaResponse")

_JSON_KEYS = frozenset(
    {
        "qrCode",
    }
)
"""The property names of RequestEnrollAuthenticatorAppMfaResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class RequestEnrollAuthenticatorAppMfaResponse:
    qr_code: str
    """ The QR code to show the user, as a `data:image/png;base64,` URL; it encodes the otpauth:// provisioning URI
    an authenticator app scans. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr_code = self.qr_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qrCode": qr_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        qr_code = d["qrCode"]

        request_enroll_authenticator_app_mfa_response = cls(
            qr_code,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            request_enroll_authenticator_app_mfa_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return request_enroll_authenticator_app_mfa_response

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
