from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalCognitoUserSourceConfig")

_JSON_KEYS = frozenset(
    {
        "syncOnLogin",
        "isMigrated",
        "region",
        "clientId",
        "userPoolId",
        "accessKeyId",
        "secretAccessKey",
        "tenantConfig",
        "clientSecret",
    }
)
"""The property names of ExternalCognitoUserSourceConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class ExternalCognitoUserSourceConfig:
    sync_on_login: bool
    is_migrated: bool
    region: str
    client_id: str
    user_pool_id: str
    access_key_id: str
    secret_access_key: str
    tenant_config: UserSourceDynamicTenantConfig | UserSourceNewTenantConfig | UserSourceStaticTenantConfig
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_on_login = self.sync_on_login

        is_migrated = self.is_migrated

        region = self.region

        client_id = self.client_id

        user_pool_id = self.user_pool_id

        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        tenant_config: dict[str, Any]
        if isinstance(self.tenant_config, UserSourceDynamicTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        elif isinstance(self.tenant_config, UserSourceStaticTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        else:
            tenant_config = self.tenant_config.to_dict()

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncOnLogin": sync_on_login,
                "isMigrated": is_migrated,
                "region": region,
                "clientId": client_id,
                "userPoolId": user_pool_id,
                "accessKeyId": access_key_id,
                "secretAccessKey": secret_access_key,
                "tenantConfig": tenant_config,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_on_login = d["syncOnLogin"]

        is_migrated = d["isMigrated"]

        region = d["region"]

        client_id = d["clientId"]

        user_pool_id = d["userPoolId"]

        access_key_id = d["accessKeyId"]

        secret_access_key = d["secretAccessKey"]

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

        client_secret = d.get("clientSecret", UNSET)

        external_cognito_user_source_config = cls(
            sync_on_login,
            is_migrated,
            region,
            client_id,
            user_pool_id,
            access_key_id,
            secret_access_key,
            tenant_config,
            client_secret,
        )

        if len(d) > 8 and not d.keys() <= _JSON_KEYS:
            external_cognito_user_source_config.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return external_cognito_user_source_config

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


# Imported after ExternalCognitoUserSourceConfig is defined so that models referring to each other import in any order.
from ..models.user_source_dynamic_tenant_config import UserSourceDynamicTenantConfig  # noqa: E402
from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig  # noqa: E402
from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig  # noqa: E402
