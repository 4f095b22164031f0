from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_new_web_authn_device_request_device_type import (
    VerifyNewWebAuthnDeviceRequestDeviceType,
    check_verify_new_web_authn_device_request_device_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_authn_client_response import WebAuthnClientResponse


T = TypeVar("T", bound="VerifyNewWebAuthnDeviceRequest")


@_attrs_define
class VerifyNewWebAuthnDeviceRequest:
    id: str
    response: WebAuthnClientResponse
    device_type: VerifyNewWebAuthnDeviceRequestDeviceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        response = self.response.to_dict()

        device_type: str | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "response": response,
            }
        )
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_authn_client_response import WebAuthnClientResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        response = WebAuthnClientResponse.from_dict(d.pop("response"))

        _device_type = d.pop("deviceType", UNSET)
        device_type: VerifyNewWebAuthnDeviceRequestDeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = check_verify_new_web_authn_device_request_device_type(_device_type)

        verify_new_web_authn_device_request = cls(
            id=id,
            response=response,
            device_type=device_type,
        )

        verify_new_web_authn_device_request.additional_properties = d
        return verify_new_web_authn_device_request

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
