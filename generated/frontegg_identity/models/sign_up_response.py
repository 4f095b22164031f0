from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignUpResponse")

_JSON_KEYS = frozenset(
    {
        "shouldActivate",
        "userId",
        "tenantId",
        "authResponse",
        "activationToken",
    }
)
"""The property names of SignUpResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class SignUpResponse:
    should_activate: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    auth_response: AuthenticationResponse | Unset = UNSET
    activation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        should_activate = self.should_activate

        user_id = self.user_id

        tenant_id = self.tenant_id

        auth_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_response, Unset):
            auth_response = self.auth_response.to_dict()

        activation_token = self.activation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if should_activate is not UNSET:
            field_dict["shouldActivate"] = should_activate
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if auth_response is not UNSET:
            field_dict["authResponse"] = auth_response
        if activation_token is not UNSET:
            field_dict["activationToken"] = activation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        should_activate = d.get("shouldActivate", UNSET)

        user_id = d.get("userId", UNSET)

        tenant_id = d.get("tenantId", UNSET)

        _auth_response = d.get("authResponse", UNSET)
        auth_response: AuthenticationResponse | Unset
        if isinstance(_auth_response, Unset):
            auth_response = UNSET
        else:
            auth_response = AuthenticationResponse.from_dict(_auth_response)

        activation_token = d.get("activationToken", UNSET)

        sign_up_response = cls(
            should_activate,
            user_id,
            tenant_id,
            auth_response,
            activation_token,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            sign_up_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return sign_up_response

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


# Imported after SignUpResponse is defined so that models referring to each other import in any order.
from ..models.authentication_response import AuthenticationResponse  # noqa: E402
