from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Oauth2UserSourceConfig")

_JSON_KEYS = frozenset(
    {
        "authorizationUrl",
        "tokenUrl",
        "userInfoUrl",
        "scopes",
        "grantTypes",
    }
)
"""The property names of Oauth2UserSourceConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class Oauth2UserSourceConfig:
    authorization_url: str
    token_url: str
    user_info_url: str
    scopes: list[str] | Unset = UNSET
    grant_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_url = self.authorization_url

        token_url = self.token_url

        user_info_url = self.user_info_url

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        grant_types: list[str] | Unset = UNSET
        if not isinstance(self.grant_types, Unset):
            grant_types = self.grant_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorizationUrl": authorization_url,
                "tokenUrl": token_url,
                "userInfoUrl": user_info_url,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if grant_types is not UNSET:
            field_dict["grantTypes"] = grant_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        authorization_url = d["authorizationUrl"]

        token_url = d["tokenUrl"]

        user_info_url = d["userInfoUrl"]

        scopes: list[str] | Unset = d.get("scopes", UNSET)

        grant_types: list[str] | Unset = d.get("grantTypes", UNSET)

        oauth_2_user_source_config = cls(
            authorization_url,
            token_url,
            user_info_url,
            scopes,
            grant_types,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            oauth_2_user_source_config.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return oauth_2_user_source_config

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
