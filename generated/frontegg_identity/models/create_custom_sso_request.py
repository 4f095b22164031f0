from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateCustomSsoRequest")

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
"""The property names of CreateCustomSsoRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateCustomSsoRequest:
    type_: str
    client_id: str
    secret: str
    redirect_url: str
    authorization_url: str
    token_url: str
    user_info_url: str
    scopes: str
    sso_logo_url: str
    display_name: str
    active: bool
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
        field_dict.update(
            {
                "type": type_,
                "clientId": client_id,
                "secret": secret,
                "redirectUrl": redirect_url,
                "authorizationUrl": authorization_url,
                "tokenUrl": token_url,
                "userInfoUrl": user_info_url,
                "scopes": scopes,
                "ssoLogoUrl": sso_logo_url,
                "displayName": display_name,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        client_id = d["clientId"]

        secret = d["secret"]

        redirect_url = d["redirectUrl"]

        authorization_url = d["authorizationUrl"]

        token_url = d["tokenUrl"]

        user_info_url = d["userInfoUrl"]

        scopes = d["scopes"]

        sso_logo_url = d["ssoLogoUrl"]

        display_name = d["displayName"]

        active = d["active"]

        create_custom_sso_request = cls(
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

        if len(d) > 11 and not d.keys() <= _JSON_KEYS:
            create_custom_sso_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_custom_sso_request

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
