from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_source_dynamic_tenant_config import UserSourceDynamicTenantConfig
    from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig
    from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig


T = TypeVar("T", bound="ExternalAuth0UserSourceConfig")


@_attrs_define
class ExternalAuth0UserSourceConfig:
    sync_on_login: bool
    is_migrated: bool
    domain: str
    client_id: str
    secret: str
    tenant_config: UserSourceDynamicTenantConfig | UserSourceNewTenantConfig | UserSourceStaticTenantConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_source_dynamic_tenant_config import UserSourceDynamicTenantConfig  # noqa: PLC0415
        from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig  # noqa: PLC0415

        sync_on_login = self.sync_on_login

        is_migrated = self.is_migrated

        domain = self.domain

        client_id = self.client_id

        secret = self.secret

        tenant_config: dict[str, Any]
        if isinstance(self.tenant_config, UserSourceDynamicTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        elif isinstance(self.tenant_config, UserSourceStaticTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        else:
            tenant_config = self.tenant_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncOnLogin": sync_on_login,
                "isMigrated": is_migrated,
                "domain": domain,
                "clientId": client_id,
                "secret": secret,
                "tenantConfig": tenant_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_source_dynamic_tenant_config import UserSourceDynamicTenantConfig  # noqa: PLC0415
        from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig  # noqa: PLC0415
        from ..models.user_source_static_tenant_config import UserSourceStaticTenantConfig  # noqa: PLC0415

        d = dict(src_dict)
        sync_on_login = d.pop("syncOnLogin")

        is_migrated = d.pop("isMigrated")

        domain = d.pop("domain")

        client_id = d.pop("clientId")

        secret = d.pop("secret")

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

        tenant_config = _parse_tenant_config(d.pop("tenantConfig"))

        external_auth_0_user_source_config = cls(
            sync_on_login=sync_on_login,
            is_migrated=is_migrated,
            domain=domain,
            client_id=client_id,
            secret=secret,
            tenant_config=tenant_config,
        )

        external_auth_0_user_source_config.additional_properties = d
        return external_auth_0_user_source_config

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
