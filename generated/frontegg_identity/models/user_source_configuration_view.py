from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSourceConfigurationView")

_JSON_KEYS = frozenset(
    {
        "syncOnLogin",
        "isMigrated",
        "domain",
        "clientId",
        "region",
        "userPoolId",
        "accessKeyId",
        "codePayload",
        "getUserCodePayload",
        "wellknownUrl",
        "oauth2Config",
        "serviceAccount",
        "tenantConfig",
    }
)
"""The property names of UserSourceConfigurationView in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserSourceConfigurationView:
    """A user source's configuration as answered, without its credentials (secrets, keys)."""

    sync_on_login: bool | Unset = UNSET
    is_migrated: bool | Unset = UNSET
    domain: str | Unset = UNSET
    client_id: str | Unset = UNSET
    region: str | Unset = UNSET
    user_pool_id: str | Unset = UNSET
    access_key_id: str | Unset = UNSET
    code_payload: str | Unset = UNSET
    get_user_code_payload: str | Unset = UNSET
    wellknown_url: str | Unset = UNSET
    oauth_2_config: Oauth2UserSourceConfig | Unset = UNSET
    service_account: UserSourceConfigurationViewServiceAccount | Unset = UNSET
    """ The Firebase service account (Google's JSON key format) without its private key. """
    tenant_config: UserSourceConfigurationViewTenantConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_on_login = self.sync_on_login

        is_migrated = self.is_migrated

        domain = self.domain

        client_id = self.client_id

        region = self.region

        user_pool_id = self.user_pool_id

        access_key_id = self.access_key_id

        code_payload = self.code_payload

        get_user_code_payload = self.get_user_code_payload

        wellknown_url = self.wellknown_url

        oauth_2_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_2_config, Unset):
            oauth_2_config = self.oauth_2_config.to_dict()

        service_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account, Unset):
            service_account = self.service_account.to_dict()

        tenant_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenant_config, Unset):
            tenant_config = self.tenant_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sync_on_login is not UNSET:
            field_dict["syncOnLogin"] = sync_on_login
        if is_migrated is not UNSET:
            field_dict["isMigrated"] = is_migrated
        if domain is not UNSET:
            field_dict["domain"] = domain
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if region is not UNSET:
            field_dict["region"] = region
        if user_pool_id is not UNSET:
            field_dict["userPoolId"] = user_pool_id
        if access_key_id is not UNSET:
            field_dict["accessKeyId"] = access_key_id
        if code_payload is not UNSET:
            field_dict["codePayload"] = code_payload
        if get_user_code_payload is not UNSET:
            field_dict["getUserCodePayload"] = get_user_code_payload
        if wellknown_url is not UNSET:
            field_dict["wellknownUrl"] = wellknown_url
        if oauth_2_config is not UNSET:
            field_dict["oauth2Config"] = oauth_2_config
        if service_account is not UNSET:
            field_dict["serviceAccount"] = service_account
        if tenant_config is not UNSET:
            field_dict["tenantConfig"] = tenant_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_on_login = d.get("syncOnLogin", UNSET)

        is_migrated = d.get("isMigrated", UNSET)

        domain = d.get("domain", UNSET)

        client_id = d.get("clientId", UNSET)

        region = d.get("region", UNSET)

        user_pool_id = d.get("userPoolId", UNSET)

        access_key_id = d.get("accessKeyId", UNSET)

        code_payload = d.get("codePayload", UNSET)

        get_user_code_payload = d.get("getUserCodePayload", UNSET)

        wellknown_url = d.get("wellknownUrl", UNSET)

        _oauth_2_config = d.get("oauth2Config", UNSET)
        oauth_2_config: Oauth2UserSourceConfig | Unset
        if isinstance(_oauth_2_config, Unset):
            oauth_2_config = UNSET
        else:
            oauth_2_config = Oauth2UserSourceConfig.from_dict(_oauth_2_config)

        _service_account = d.get("serviceAccount", UNSET)
        service_account: UserSourceConfigurationViewServiceAccount | Unset
        if isinstance(_service_account, Unset):
            service_account = UNSET
        else:
            service_account = UserSourceConfigurationViewServiceAccount.from_dict(_service_account)

        _tenant_config = d.get("tenantConfig", UNSET)
        tenant_config: UserSourceConfigurationViewTenantConfig | Unset
        if isinstance(_tenant_config, Unset):
            tenant_config = UNSET
        else:
            tenant_config = UserSourceConfigurationViewTenantConfig.from_dict(_tenant_config)

        user_source_configuration_view = cls(
            sync_on_login,
            is_migrated,
            domain,
            client_id,
            region,
            user_pool_id,
            access_key_id,
            code_payload,
            get_user_code_payload,
            wellknown_url,
            oauth_2_config,
            service_account,
            tenant_config,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            user_source_configuration_view.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_source_configuration_view

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


# Imported after UserSourceConfigurationView is defined so that models referring to each other import in any order.
from ..models.oauth_2_user_source_config import Oauth2UserSourceConfig  # noqa: E402
from ..models.user_source_configuration_view_service_account import UserSourceConfigurationViewServiceAccount  # noqa: E402
from ..models.user_source_configuration_view_tenant_config import UserSourceConfigurationViewTenantConfig  # noqa: E402
