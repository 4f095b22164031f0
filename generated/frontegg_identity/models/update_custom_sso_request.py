from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomSsoRequest")

_JSON_KEYS = frozenset(
    {
        "type",
        "clientId",
        "secret",
        "redirectUrl",
        "authorizationUrl",
        "tokenUrl",
        "userInfoUrl",
        "scopes",
        "ssoLogoUrl",
        "displayName",
        "active",
    }
)
"""The property names of UpdateCustomSsoRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateCustomSsoRequest:
    type_: str | Unset = UNSET
    client_id: str | Unset = UNSET
    secret: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    authorization_url: str | Unset = UNSET
    token_url: str | Unset = UNSET
    user_info_url: str | Unset = UNSET
    scopes: str | Unset = UNSET
    sso_logo_url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        client_id = self.client_id

        secret = self.secret

        redirect_url = self.redirect_url

        authorization_url = self.authorization_url

        token_url = self.token_url

        user_info_url = self.user_info_url

        scopes = self.scopes

        sso_logo_url = self.sso_logo_url

        display_name = self.display_name

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if secret is not UNSET:
            field_dict["secret"] = secret
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if authorization_url is not UNSET:
            field_dict["authorizationUrl"] = authorization_url
        if token_url is not UNSET:
            field_dict["tokenUrl"] = token_url
        if user_info_url is not UNSET:
            field_dict["userInfoUrl"] = user_info_url
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if sso_logo_url is not UNSET:
            field_dict["ssoLogoUrl"] = sso_logo_url
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        client_id = d.get("clientId", UNSET)

        secret = d.get("secret", UNSET)

        redirect_url = d.get("redirectUrl", UNSET)

        authorization_url = d.get("authorizationUrl", UNSET)

        token_url = d.get("tokenUrl", UNSET)

        user_info_url = d.get("userInfoUrl", UNSET)

        scopes = d.get("scopes", UNSET)

        sso_logo_url = d.get("ssoLogoUrl", UNSET)

        display_name = d.get("displayName", UNSET)

        active = d.get("active", UNSET)

        update_custom_sso_request = cls(
            type_,
            client_id,
            secret,
            redirect_url,
            authorization_url,
            token_url,
            user_info_url,
            scopes,
            sso_logo_url,
            display_name,
            active,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_custom_sso_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_custom_sso_request

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
