from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerifyPasswordViaSmsRequest")

_JSON_KEYS = frozenset(
    {
        "otcToken",
        "sessionId",
    }
)
"""The property names of VerifyPasswordViaSmsRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class VerifyPasswordViaSmsRequest:
    otc_token: str
    session_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        otc_token = self.otc_token

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otcToken": otc_token,
                "sessionId": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        otc_token = d["otcToken"]

        session_id = d["sessionId"]

        verify_password_via_sms_request = cls(
            otc_token,
            session_id,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            verify_password_via_sms_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return verify_password_via_sms_request

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
