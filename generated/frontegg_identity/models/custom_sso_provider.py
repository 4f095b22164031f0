from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CustomSsoProvider")

_JSON_KEYS = frozenset(
    {
        "id",
        "type",
        "clientId",
        "active",
        "redirectUrl",
        "redirectUrlPattern",
        "authorizationUrl",
        "tokenUrl",
        "userInfoUrl",
        "scopes",
        "ssoLogoUrl",
        "displayName",
        "createdAt",
        "updatedAt",
    }
)
"""The property names of CustomSsoProvider in JSON; any other key goes to additional_properties."""


@_attrs_define
class CustomSsoProvider:
    id: str
    type_: str
    client_id: str
    active: bool
    redirect_url: str | Unset = UNSET
    redirect_url_pattern: str | Unset = UNSET
    authorization_url: str | Unset = UNSET
    token_url: str | Unset = UNSET
    user_info_url: str | Unset = UNSET
    scopes: str | Unset = UNSET
    sso_logo_url: None | str | Unset = UNSET
    display_name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        client_id = self.client_id

        active = self.active

        redirect_url = self.redirect_url

        redirect_url_pattern = self.redirect_url_pattern

        authorization_url = self.authorization_url

        token_url = self.token_url

        user_info_url = self.user_info_url

        scopes = self.scopes

        sso_logo_url: None | str | Unset
        if isinstance(self.sso_logo_url, Unset):
            sso_logo_url = UNSET
        else:
            sso_logo_url = self.sso_logo_url

        display_name = self.display_name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "clientId": client_id,
                "active": active,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if redirect_url_pattern is not UNSET:
            field_dict["redirectUrlPattern"] = redirect_url_pattern
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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = d["type"]

        client_id = d["clientId"]

        active = d["active"]

        redirect_url = d.get("redirectUrl", UNSET)

        redirect_url_pattern = d.get("redirectUrlPattern", UNSET)

        authorization_url = d.get("authorizationUrl", UNSET)

        token_url = d.get("tokenUrl", UNSET)

        user_info_url = d.get("userInfoUrl", UNSET)

        scopes = d.get("scopes", UNSET)

        sso_logo_url: None | str | Unset = d.get("ssoLogoUrl", UNSET)

        display_name = d.get("displayName", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        custom_sso_provider = cls(
            id,
            type_,
            client_id,
            active,
            redirect_url,
            redirect_url_pattern,
            authorization_url,
            token_url,
            user_info_url,
            scopes,
            sso_logo_url,
            display_name,
            created_at,
            updated_at,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            custom_sso_provider.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return custom_sso_provider

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
