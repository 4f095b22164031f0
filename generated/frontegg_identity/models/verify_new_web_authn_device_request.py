from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_new_web_authn_device_request_authenticator_attachment_type_1 import (
    VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1,
    check_verify_new_web_authn_device_request_authenticator_attachment_type_1,
)
from ..models.verify_new_web_authn_device_request_authenticator_attachment_type_2_type_1 import (
    VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1,
    check_verify_new_web_authn_device_request_authenticator_attachment_type_2_type_1,
)
from ..models.verify_new_web_authn_device_request_authenticator_attachment_type_3_type_1 import (
    VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1,
    check_verify_new_web_authn_device_request_authenticator_attachment_type_3_type_1,
)
from ..models.verify_new_web_authn_device_request_device_type import (
    VerifyNewWebAuthnDeviceRequestDeviceType,
    check_verify_new_web_authn_device_request_device_type,
)
from ..models.verify_new_web_authn_device_request_type import (
    VerifyNewWebAuthnDeviceRequestType,
    check_verify_new_web_authn_device_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyNewWebAuthnDeviceRequest")

_JSON_KEYS = frozenset(
    {
        "id",
        "response",
        "deviceType",
        "rawId",
        "type",
        "authenticatorAttachment",
        "clientExtensionResults",
    }
)
"""The property names of VerifyNewWebAuthnDeviceRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class VerifyNewWebAuthnDeviceRequest:
    id: str
    response: WebAuthnClientResponse
    device_type: VerifyNewWebAuthnDeviceRequestDeviceType | Unset = UNSET
    raw_id: str | Unset = UNSET
    """ Credential ID, base64url (same as id). """
    type_: VerifyNewWebAuthnDeviceRequestType | Unset = UNSET
    authenticator_attachment: (
        None
        | Unset
        | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1
        | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1
        | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1
    ) = UNSET
    client_extension_results: VerifyNewWebAuthnDeviceRequestClientExtensionResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        response = self.response.to_dict()

        device_type: str | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type

        raw_id = self.raw_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        authenticator_attachment: None | str | Unset
        if isinstance(self.authenticator_attachment, Unset):
            authenticator_attachment = UNSET
        elif isinstance(self.authenticator_attachment, str):
            authenticator_attachment = self.authenticator_attachment
        elif isinstance(self.authenticator_attachment, str):
            authenticator_attachment = self.authenticator_attachment
        elif isinstance(self.authenticator_attachment, str):
            authenticator_attachment = self.authenticator_attachment
        else:
            authenticator_attachment = self.authenticator_attachment

        client_extension_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_extension_results, Unset):
            client_extension_results = self.client_extension_results.to_dict()

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
        if raw_id is not UNSET:
            field_dict["rawId"] = raw_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if authenticator_attachment is not UNSET:
            field_dict["authenticatorAttachment"] = authenticator_attachment
        if client_extension_results is not UNSET:
            field_dict["clientExtensionResults"] = client_extension_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        response = WebAuthnClientResponse.from_dict(d["response"])

        _device_type = d.get("deviceType", UNSET)
        device_type: VerifyNewWebAuthnDeviceRequestDeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = check_verify_new_web_authn_device_request_device_type(_device_type)

        raw_id = d.get("rawId", UNSET)

        _type_ = d.get("type", UNSET)
        type_: VerifyNewWebAuthnDeviceRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_verify_new_web_authn_device_request_type(_type_)

        def _parse_authenticator_attachment(
            data: object,
        ) -> (
            None
            | Unset
            | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1
            | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1
            | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticator_attachment_type_1 = (
                    check_verify_new_web_authn_device_request_authenticator_attachment_type_1(data)
                )

                return authenticator_attachment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticator_attachment_type_2_type_1 = (
                    check_verify_new_web_authn_device_request_authenticator_attachment_type_2_type_1(data)
                )

                return authenticator_attachment_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticator_attachment_type_3_type_1 = (
                    check_verify_new_web_authn_device_request_authenticator_attachment_type_3_type_1(data)
                )

                return authenticator_attachment_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1
                | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1
                | VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1,
                data,
            )

        authenticator_attachment = _parse_authenticator_attachment(d.get("authenticatorAttachment", UNSET))

        _client_extension_results = d.get("clientExtensionResults", UNSET)
        client_extension_results: VerifyNewWebAuthnDeviceRequestClientExtensionResults | Unset
        if isinstance(_client_extension_results, Unset):
            client_extension_results = UNSET
        else:
            client_extension_results = VerifyNewWebAuthnDeviceRequestClientExtensionResults.from_dict(
                _client_extension_results
            )

        verify_new_web_authn_device_request = cls(
            id,
            response,
            device_type,
            raw_id,
            type_,
            authenticator_attachment,
            client_extension_results,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            verify_new_web_authn_device_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
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


# Imported after VerifyNewWebAuthnDeviceRequest is defined so that models referring to each other import in any order.
from ..models.verify_new_web_authn_device_request_client_extension_results import (
    VerifyNewWebAuthnDeviceRequestClientExtensionResults,  # noqa: E402
)
from ..models.web_authn_client_response import WebAuthnClientResponse  # noqa: E402
