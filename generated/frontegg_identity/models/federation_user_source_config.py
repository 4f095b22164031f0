from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FederationUserSourceConfig")

_JSON_KEYS = frozenset(
    {
        "syncOnLogin",
        "clientId",
        "secret",
        "tenantConfig",
        "wellknownUrl",
        "oauth2Config",
    }
)
"""The property names of FederationUserSourceConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class FederationUserSourceConfig:
    sync_on_login: bool
    client_id: str
    secret: str
    tenant_config: UserSourceDynamicTenantConfig | UserSourceNewTenantConfig | UserSourceStaticTenantConfig
    wellknown_url: str | Unset = UNSET
    oauth_2_config: Oauth2UserSourceConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_on_login = self.sync_on_login

        client_id = self.client_id

        secret = self.secret

        tenant_config: dict[str, Any]
        if isinstance(self.tenant_config, UserSourceDynamicTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        elif isinstance(self.tenant_config, UserSourceStaticTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        else:
            tenant_config = self.tenant_config.to_dict()

        wellknown_url = self.wellknown_url

        oauth_2_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_2_config, Unset):
            oauth_2_config = self.oauth_2_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncOnLogin": sync_on_login,
                "clientId": client_id,
                "secret": secret,
                "tenantConfig": tenant_config,
            }
        )
        if wellknown_url is not UNSET:
            field_dict["wellknownUrl"] = wellknown_url
        if oauth_2_config is not UNSET:
            field_dict["oauth2Config"] = oauth_2_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_on_login = d["syncOnLogin"]

        client_id = d["clientId"]

        secret = d["secret"]

        def _parse_tenant_config(
            data: object,
        ) -> UserSourceDynamicTenantConfig | UserSourceNewTenantConfig | UserSourceStaticTenantConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tenant_config_type_0 = UserSourceDynamicTenantConfig.from_dict(data)

                return tenant_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tenant_config_type_1 = UserSourceStaticTenantConfig.from_dict(data)

                return tenant_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tenant_config_type_2 = UserSourceNewTenantConfig.from_dict(data)

            return tenant_config_type_2

        tenant_config = _parse_tenant_config(d["tenantConfig"])

        wellknown_url = d.get("wellknownUrl", UNSET)

        _oauth_2_config = d.get("oauth2Config", UNSET)
        oauth_2_config: Oauth2UserSourceConfig | Unset
        if isinstance(_oauth_2_config, Unset):
            oauth_2_config = UNSET
        else:
            oauth_2_config = Oauth2UserSourceConfig.from_dict(_oauth_2_config)

        federation_user_source_config = cls(
            sync_on_login,
            client_id,
            secret,
            tenant_config,
            wellknown_url,
            oauth_2_config,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            federation_user_source_config.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return federation_user_source_config

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


# Imported after FederationUserSourceConfig is defined so that models referring to each other import in any order.
from ..models.oauth_2_user_source_config import Oauth2UserSourceConfig  # noqa: E402
from ..models.user_source_dynamic_tenant_config import UserSourceDynamicTenantConfig  # noqa: E402
from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig  # noqa: E402
from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig  # noqa: E402
