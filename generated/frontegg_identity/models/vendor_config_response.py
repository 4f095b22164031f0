from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_config_response_auth_strategy import (
    VendorConfigResponseAuthStrategy,
    check_vendor_config_response_auth_strategy,
)
from ..models.vendor_config_response_cookie_same_site import (
    VendorConfigResponseCookieSameSite,
    check_vendor_config_response_cookie_same_site,
)
from ..models.vendor_config_response_jwt_algorithm import (
    VendorConfigResponseJwtAlgorithm,
    check_vendor_config_response_jwt_algorithm,
)
from ..models.vendor_config_response_machine_to_machine_auth_strategy import (
    VendorConfigResponseMachineToMachineAuthStrategy,
    check_vendor_config_response_machine_to_machine_auth_strategy,
)

T = TypeVar("T", bound="VendorConfigResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "defaultTokenExpiration",
        "defaultRefreshTokenExpiration",
        "publicKey",
        "cookieSameSite",
        "allowSignups",
        "apiTokensEnabled",
        "allowOverridePasswordComplexity",
        "allowOverridePasswordExpiration",
        "allowOverrideEnforcePasswordHistory",
        "jwtAlgorithm",
        "jwtSecret",
        "allowNotVerifiedUsersLogin",
        "forcePermissions",
        "authStrategy",
        "defaultPasswordlessTokenExpiration",
        "forceSameDeviceOnAuth",
        "allowTenantInvitations",
        "rotateRefreshTokens",
        "machineToMachineAuthStrategy",
        "addRolesToJwt",
        "addPermissionsToJwt",
        "refreshTokensRotationLimit",
        "addSamlAttributesToJwt",
        "allowCustomLoginTenantSwitch",
    }
)
"""The property names of VendorConfigResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class VendorConfigResponse:
    id: str
    default_token_expiration: float
    default_refresh_token_expiration: float
    public_key: str
    cookie_same_site: VendorConfigResponseCookieSameSite
    allow_signups: bool
    api_tokens_enabled: bool
    allow_override_password_complexity: bool
    allow_override_password_expiration: bool
    allow_override_enforce_password_history: bool
    jwt_algorithm: VendorConfigResponseJwtAlgorithm
    jwt_secret: str
    allow_not_verified_users_login: bool
    force_permissions: bool
    auth_strategy: VendorConfigResponseAuthStrategy
    default_passwordless_token_expiration: float
    force_same_device_on_auth: bool
    allow_tenant_invitations: bool
    rotate_refresh_tokens: bool
    machine_to_machine_auth_strategy: VendorConfigResponseMachineToMachineAuthStrategy
    add_roles_to_jwt: bool
    add_permissions_to_jwt: bool
    refresh_tokens_rotation_limit: float
    add_saml_attributes_to_jwt: bool
    allow_custom_login_tenant_switch: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        default_token_expiration = self.default_token_expiration

        default_refresh_token_expiration = self.default_refresh_token_expiration

        public_key = self.public_key

        cookie_same_site: str = self.cookie_same_site

        allow_signups = self.allow_signups

        api_tokens_enabled = self.api_tokens_enabled

        allow_override_password_complexity = self.allow_override_password_complexity

        allow_override_password_expiration = self.allow_override_password_expiration

        allow_override_enforce_password_history = self.allow_override_enforce_password_history

        jwt_algorithm: str = self.jwt_algorithm

        jwt_secret = self.jwt_secret

        allow_not_verified_users_login = self.allow_not_verified_users_login

        force_permissions = self.force_permissions

        auth_strategy: str = self.auth_strategy

        default_passwordless_token_expiration = self.default_passwordless_token_expiration

        force_same_device_on_auth = self.force_same_device_on_auth

        allow_tenant_invitations = self.allow_tenant_invitations

        rotate_refresh_tokens = self.rotate_refresh_tokens

        machine_to_machine_auth_strategy: str = self.machine_to_machine_auth_strategy

        add_roles_to_jwt = self.add_roles_to_jwt

        add_permissions_to_jwt = self.add_permissions_to_jwt

        refresh_tokens_rotation_limit = self.refresh_tokens_rotation_limit

        add_saml_attributes_to_jwt = self.add_saml_attributes_to_jwt

        allow_custom_login_tenant_switch = self.allow_custom_login_tenant_switch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "defaultTokenExpiration": default_token_expiration,
                "defaultRefreshTokenExpiration": default_refresh_token_expiration,
                "publicKey": public_key,
                "cookieSameSite": cookie_same_site,
                "allowSignups": allow_signups,
                "apiTokensEnabled": api_tokens_enabled,
                "allowOverridePasswordComplexity": allow_override_password_complexity,
                "allowOverridePasswordExpiration": allow_override_password_expiration,
                "allowOverrideEnforcePasswordHistory": allow_override_enforce_password_history,
                "jwtAlgorithm": jwt_algorithm,
                "jwtSecret": jwt_secret,
                "allowNotVerifiedUsersLogin": allow_not_verified_users_login,
                "forcePermissions": force_permissions,
                "authStrategy": auth_strategy,
                "defaultPasswordlessTokenExpiration": default_passwordless_token_expiration,
                "forceSameDeviceOnAuth": force_same_device_on_auth,
                "allowTenantInvitations": allow_tenant_invitations,
                "rotateRefreshTokens": rotate_refresh_tokens,
                "machineToMachineAuthStrategy": machine_to_machine_auth_strategy,
                "addRolesToJwt": add_roles_to_jwt,
                "addPermissionsToJwt": add_permissions_to_jwt,
                "refreshTokensRotationLimit": refresh_tokens_rotation_limit,
                "addSamlAttributesToJwt": add_saml_attributes_to_jwt,
                "allowCustomLoginTenantSwitch": allow_custom_login_tenant_switch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        default_token_expiration = d["defaultTokenExpiration"]

        default_refresh_token_expiration = d["defaultRefreshTokenExpiration"]

        public_key = d["publicKey"]

        cookie_same_site = check_vendor_config_response_cookie_same_site(d["cookieSameSite"])

        allow_signups = d["allowSignups"]

        api_tokens_enabled = d["apiTokensEnabled"]

        allow_override_password_complexity = d["allowOverridePasswordComplexity"]

        allow_override_password_expiration = d["allowOverridePasswordExpiration"]

        allow_override_enforce_password_history = d["allowOverrideEnforcePasswordHistory"]

        jwt_algorithm = check_vendor_config_response_jwt_algorithm(d["jwtAlgorithm"])

        jwt_secret = d["jwtSecret"]

        allow_not_verified_users_login = d["allowNotVerifiedUsersLogin"]

        force_permissions = d["forcePermissions"]

        auth_strategy = check_vendor_config_response_auth_strategy(d["authStrategy"])

        default_passwordless_token_expiration = d["defaultPasswordlessTokenExpiration"]

        force_same_device_on_auth = d["forceSameDeviceOnAuth"]

        allow_tenant_invitations = d["allowTenantInvitations"]

        rotate_refresh_tokens = d["rotateRefreshTokens"]

        machine_to_machine_auth_strategy = check_vendor_config_response_machine_to_machine_auth_strategy(
            d["machineToMachineAuthStrategy"]
        )

        add_roles_to_jwt = d["addRolesToJwt"]

        add_permissions_to_jwt = d["addPermissionsToJwt"]

        refresh_tokens_rotation_limit = d["refreshTokensRotationLimit"]

        add_saml_attributes_to_jwt = d["addSamlAttributesToJwt"]

        allow_custom_login_tenant_switch = d["allowCustomLoginTenantSwitch"]

        vendor_config_response = cls(
            id,
            default_token_expiration,
            default_refresh_token_expiration,
            public_key,
            cookie_same_site,
            allow_signups,
            api_tokens_enabled,
            allow_override_password_complexity,
            allow_override_password_expiration,
            allow_override_enforce_password_history,
            jwt_algorithm,
            jwt_secret,
            allow_not_verified_users_login,
            force_permissions,
            auth_strategy,
            default_passwordless_token_expiration,
            force_same_device_on_auth,
            allow_tenant_invitations,
            rotate_refresh_tokens,
            machine_to_machine_auth_strategy,
            add_roles_to_jwt,
            add_permissions_to_jwt,
            refresh_tokens_rotation_limit,
            add_saml_attributes_to_jwt,
            allow_custom_login_tenant_switch,
        )

        if len(d) > 25 and not d.keys() <= _JSON_KEYS:
            vendor_config_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return vendor_config_response

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
