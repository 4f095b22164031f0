from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalCustomCodeUserSourceConfig")

_JSON_KEYS = frozenset(
    {
        "syncOnLogin",
        "isMigrated",
        "codePayload",
        "tenantConfig",
        "getUserCodePayload",
    }
)
"""The property names of ExternalCustomCodeUserSourceConfig in JSON; any other key goes to additional_properties."""


@_attrs_define
class ExternalCustomCodeUserSourceConfig:
    sync_on_login: bool
    is_migrated: bool
    code_payload: str
    tenant_config: UserSourceFromSourceTenantConfig | UserSourceNewTenantConfig
    get_user_code_payload: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_on_login = self.sync_on_login

        is_migrated = self.is_migrated

        code_payload = self.code_payload

        tenant_config: dict[str, Any]
        if isinstance(self.tenant_config, UserSourceNewTenantConfig):
            tenant_config = self.tenant_config.to_dict()
        else:
            tenant_config = self.tenant_config.to_dict()

        get_user_code_payload = self.get_user_code_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncOnLogin": sync_on_login,
                "isMigrated": is_migrated,
                "codePayload": code_payload,
                "tenantConfig": tenant_config,
            }
        )
        if get_user_code_payload is not UNSET:
            field_dict["getUserCodePayload"] = get_user_code_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_on_login = d["syncOnLogin"]

        is_migrated = d["isMigrated"]

        code_payload = d["codePayload"]

        def _parse_tenant_config(data: object) -> UserSourceFromSourceTenantConfig | UserSourceNewTenantConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tenant_config_type_0 = UserSourceNewTenantConfig.from_dict(data)

                return tenant_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tenant_config_type_1 = UserSourceFromSourceTenantConfig.from_dict(data)

            return tenant_config_type_1

        tenant_config = _parse_tenant_config(d["tenantConfig"])

        get_user_code_payload = d.get("getUserCodePayload", UNSET)

        external_custom_code_user_source_config = cls(
            sync_on_login,
            is_migrated,
            code_payload,
            tenant_config,
            get_user_code_payload,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            external_custom_code_user_source_config.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return external_custom_code_user_source_config

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


# Imported after ExternalCustomCodeUserSourceConfig is defined so that models referring to each other import in any order.
from ..models.user_source_from_source_tenant_config import UserSourceFromSourceTenantConfig  # noqa: E402
from ..models.user_source_new_tenant_config import UserSourceNewTenantConfig  # noqa: E402
