from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExternalFirebaseUserSourceConfig")

_JSON_KEYS = frozenset(
    {
        "syncOnLogin",
        "isMigrated",
        "apiKey",
        "serviceAccount",
        "tenantConfig",
    }
)
"""The property names of ExternalFirebaseUserSourceConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class ExternalFirebaseUserSourceConfig:
    sync_on_login: bool
    is_migrated: bool
    api_key: str
    service_account: FirebaseServiceAccountConfig
    tenant_config: UserSourceNewTenantConfig | UserSourceStaticTenantConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_on_login = self.sync_on_login

        is_migrated = self.is_migrated

        api_key = self.api_key

        service_account = self.service_account.to_dict()

        tenant_config: dict[str, Any]
        if isinstance(self.tenant_config, UserSourceStaticTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        else:
            tenant_config = self.tenant_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncOnLogin": sync_on_login,
                "isMigrated": is_migrated,
                "apiKey": api_key,
                "serviceAccount": service_account,
                "tenantConfig": tenant_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_on_login = d["syncOnLogin"]

        is_migrated = d["isMigrated"]

        api_key = d["apiKey"]

        service_account = FirebaseServiceAccountConfig.from_dict(d["serviceAccount"])

        def _parse_tenant_config(data: object) -> UserSourceNewTenantConfig | UserSourceStaticTenantConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tenant_config_type_0 = UserSourceStaticTenantConfig.from_dict(data)

                return tenant_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tenant_config_type_1 = UserSourceNewTenantConfig.from_dict(data)

            return tenant_config_type_1

        tenant_config = _parse_tenant_config(d["tenantConfig"])

        external_firebase_user_source_config = cls(
            sync_on_login,
            is_migrated,
            api_key,
            service_account,
            tenant_config,
        )

        if len(d) > 5 and not d.keys() <= _JSON_KEYS:
            external_firebase_user_source_config.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return external_firebase_user_source_config

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


# Imported after ExternalFirebaseUserSourceConfig is defined so that models referring to each other import in any order.
from ..models.firebase_service_account_config import FirebaseServiceAccountConfig  # noqa: E402
from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig  # noqa: E402
from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig  # noqa: E402
