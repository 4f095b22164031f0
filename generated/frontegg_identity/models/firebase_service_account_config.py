from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FirebaseServiceAccountConfig")

_JSON_KEYS = frozenset(
    {
        "type",
        "project_id",
        "private_key_id",
        "private_key",
        "client_email",
        "client_id",
        "auth_uri",
        "token_uri",
        "auth_provider_x509_cert_url",
        "client_x509_cert_url",
        "universe_domain",
    }
)
"""The property names of FirebaseServiceAccountConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class FirebaseServiceAccountConfig:
    type_: str
    project_id: str
    private_key_id: str
    private_key: str
    client_email: str
    client_id: str
    auth_uri: str
    token_uri: str
    auth_provider_x509_cert_url: str
    client_x509_cert_url: str
    universe_domain: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        project_id = self.project_id

        private_key_id = self.private_key_id

        private_key = self.private_key

        client_email = self.client_email

        client_id = self.client_id

        auth_uri = self.auth_uri

        token_uri = self.token_uri

        auth_provider_x509_cert_url = self.auth_provider_x509_cert_url

        client_x509_cert_url = self.client_x509_cert_url

        universe_domain = self.universe_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "project_id": project_id,
                "private_key_id": private_key_id,
                "private_key": private_key,
                "client_email": client_email,
                "client_id": client_id,
                "auth_uri": auth_uri,
                "token_uri": token_uri,
                "auth_provider_x509_cert_url": auth_provider_x509_cert_url,
                "client_x509_cert_url": client_x509_cert_url,
                "universe_domain": universe_domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        project_id = d["project_id"]

        private_key_id = d["private_key_id"]

        private_key = d["private_key"]

        client_email = d["client_email"]

        client_id = d["client_id"]

        auth_uri = d["auth_uri"]

        token_uri = d["token_uri"]

        auth_provider_x509_cert_url = d["auth_provider_x509_cert_url"]

        client_x509_cert_url = d["client_x509_cert_url"]

        universe_domain = d["universe_domain"]

        firebase_service_account_config = cls(
            type_,
            project_id,
            private_key_id,
            private_key,
            client_email,
            client_id,
            auth_uri,
            token_uri,
            auth_provider_x509_cert_url,
            client_x509_cert_url,
            universe_domain,
        )

        if len(d) > 11 and not d.keys() <= _JSON_KEYS:
            firebase_service_account_config.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return firebase_service_account_config

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
