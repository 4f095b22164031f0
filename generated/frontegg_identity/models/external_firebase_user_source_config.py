from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.firebase_service_account_config import FirebaseServiceAccountConfig
    from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig
    from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig


T = TypeVar("T", bound="ExternalFirebaseUserSourceConfig")


@_attrs_define
class ExternalFirebaseUserSourceConfig:
    sync_on_login: bool
    is_migrated: bool
    api_key: str
    service_account: FirebaseServiceAccountConfig
    tenant_config: UserSourceNewTenantConfig | UserSourceStaticTenantConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig  # noqa: PLC0415

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
        from ..models.firebase_service_account_config import FirebaseServiceAccountConfig  # noqa: PLC0415
        from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig  # noqa: PLC0415
        from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig  # noqa: PLC0415

        d = dict(src_dict)
        sync_on_login = d.pop("syncOnLogin")

        is_migrated = d.pop("isMigrated")

        api_key = d.pop("apiKey")

        service_account = FirebaseServiceAccountConfig.from_dict(d.pop("serviceAccount"))

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

        tenant_config = _parse_tenant_config(d.pop("tenantConfig"))

        external_firebase_user_source_config = cls(
            sync_on_login=sync_on_login,
            is_migrated=is_migrated,
            api_key=api_key,
            service_account=service_account,
            tenant_config=tenant_config,
        )

        external_firebase_user_source_config.additional_properties = d
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
