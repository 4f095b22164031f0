from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_config_request_auth_strategy import (
    VendorConfigRequestAuthStrategy,
    check_vendor_config_request_auth_strategy,
)
from ..models.vendor_config_request_cookie_same_site import (
    VendorConfigRequestCookieSameSite,
    check_vendor_config_request_cookie_same_site,
)
from ..models.vendor_config_request_jwt_algorithm import (
    VendorConfigRequestJwtAlgorithm,
    check_vendor_config_request_jwt_algorithm,
)
from ..models.vendor_config_request_machine_to_machine_auth_strategy import (
    VendorConfigRequestMachineToMachineAuthStrategy,
    check_vendor_config_request_machine_to_machine_auth_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorConfigRequest")

_JSON_KEYS = frozenset(
    {
        "defaultTokenExpiration",
        "defaultRefreshTokenExpiration",
        "cookieSameSite",
        "machineToMachineAuthStrategy",
        "allowSignups",
        "apiTokensEnabled",
        "allowOverridePasswordComplexity",
        "allowOverridePasswordExpiration",
        "allowOverrideEnforcePasswordHistory",
        "jwtAlgorithm",
        "allowNotVerifiedUsersLogin",
        "forcePermissions",
        "addSamlAttributesToJwt",
        "authStrategy",
        "defaultPasswordlessTokenExpiration",
        "forceSameDeviceOnAuth",
        "allowTenantInvitations",
        "rotateRefreshTokens",
        "skipTenantValidation",
        "addRolesToJwt",
        "addPermissionsToJwt",
        "allowCustomLoginTenantSwitch",
    }
)
"""The property names of VendorConfigRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class VendorConfigRequest:
    default_token_expiration: float | Unset = UNSET
    default_refresh_token_expiration: float | Unset = UNSET
    cookie_same_site: VendorConfigRequestCookieSameSite | Unset = UNSET
    machine_to_machine_auth_strategy: VendorConfigRequestMachineToMachineAuthStrategy | Unset = UNSET
    allow_signups: bool | Unset = UNSET
    api_tokens_enabled: bool | Unset = UNSET
    allow_override_password_complexity: bool | Unset = UNSET
    allow_override_password_expiration: bool | Unset = UNSET
    allow_override_enforce_password_history: bool | Unset = UNSET
    jwt_algorithm: VendorConfigRequestJwtAlgorithm | Unset = UNSET
    allow_not_verified_users_login: bool | Unset = UNSET
    force_permissions: bool | Unset = UNSET
    add_saml_attributes_to_jwt: bool | Unset = UNSET
    auth_strategy: VendorConfigRequestAuthStrategy | Unset = UNSET
    default_passwordless_token_expiration: float | Unset = UNSET
    force_same_device_on_auth: bool | Unset = UNSET
    allow_tenant_invitations: bool | Unset = UNSET
    rotate_refresh_tokens: bool | Unset = UNSET
    skip_tenant_validation: bool | Unset = UNSET
    add_roles_to_jwt: bool | Unset = UNSET
    add_permissions_to_jwt: bool | Unset = UNSET
    allow_custom_login_tenant_switch: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_token_expiration = self.default_token_expiration

        default_refresh_token_expiration = self.default_refresh_token_expiration

        cookie_same_site: str | Unset = UNSET
        if not isinstance(self.cookie_same_site, Unset):
            cookie_same_site = self.cookie_same_site

        machine_to_machine_auth_strategy: str | Unset = UNSET
        if not isinstance(self.machine_to_machine_auth_strategy, Unset):
            machine_to_machine_auth_strategy = self.machine_to_machine_auth_strategy

        allow_signups = self.allow_signups

        api_tokens_enabled = self.api_tokens_enabled

        allow_override_password_complexity = self.allow_override_password_complexity

        allow_override_password_expiration = self.allow_override_password_expiration

        allow_override_enforce_password_history = self.allow_override_enforce_password_history

        jwt_algorithm: str | Unset = UNSET
        if not isinstance(self.jwt_algorithm, Unset):
            jwt_algorithm = self.jwt_algorithm

        allow_not_verified_users_login = self.allow_not_verified_users_login

        force_permissions = self.force_permissions

        add_saml_attributes_to_jwt = self.add_saml_attributes_to_jwt

        auth_strategy: str | Unset = UNSET
        if not isinstance(self.auth_strategy, Unset):
            auth_strategy = self.auth_strategy

        default_passwordless_token_expiration = self.default_passwordless_token_expiration

        force_same_device_on_auth = self.force_same_device_on_auth

        allow_tenant_invitations = self.allow_tenant_invitations

        rotate_refresh_tokens = self.rotate_refresh_tokens

        skip_tenant_validation = self.skip_tenant_validation

        add_roles_to_jwt = self.add_roles_to_jwt

        add_permissions_to_jwt = self.add_permissions_to_jwt

        allow_custom_login_tenant_switch = self.allow_custom_login_tenant_switch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_token_expiration is not UNSET:
            field_dict["defaultTokenExpiration"] = default_token_expiration
        if default_refresh_token_expiration is not UNSET:
            field_dict["defaultRefreshTokenExpiration"] = default_refresh_token_expiration
        if cookie_same_site is not UNSET:
            field_dict["cookieSameSite"] = cookie_same_site
        if machine_to_machine_auth_strategy is not UNSET:
            field_dict["machineToMachineAuthStrategy"] = machine_to_machine_auth_strategy
        if allow_signups is not UNSET:
            field_dict["allowSignups"] = allow_signups
        if api_tokens_enabled is not UNSET:
            field_dict["apiTokensEnabled"] = api_tokens_enabled
        if allow_override_password_complexity is not UNSET:
            field_dict["allowOverridePasswordComplexity"] = allow_override_password_complexity
        if allow_override_password_expiration is not UNSET:
            field_dict["allowOverridePasswordExpiration"] = allow_override_password_expiration
        if allow_override_enforce_password_history is not UNSET:
            field_dict["allowOverrideEnforcePasswordHistory"] = allow_override_enforce_password_history
        if jwt_algorithm is not UNSET:
            field_dict["jwtAlgorithm"] = jwt_algorithm
        if allow_not_verified_users_login is not UNSET:
            field_dict["allowNotVerifiedUsersLogin"] = allow_not_verified_users_login
        if force_permissions is not UNSET:
            field_dict["forcePermissions"] = force_permissions
        if add_saml_attributes_to_jwt is not UNSET:
            field_dict["addSamlAttributesToJwt"] = add_saml_attributes_to_jwt
        if auth_strategy is not UNSET:
            field_dict["authStrategy"] = auth_strategy
        if default_passwordless_token_expiration is not UNSET:
            field_dict["defaultPasswordlessTokenExpiration"] = default_passwordless_token_expiration
        if force_same_device_on_auth is not UNSET:
            field_dict["forceSameDeviceOnAuth"] = force_same_device_on_auth
        if allow_tenant_invitations is not UNSET:
            field_dict["allowTenantInvitations"] = allow_tenant_invitations
        if rotate_refresh_tokens is not UNSET:
            field_dict["rotateRefreshTokens"] = rotate_refresh_tokens
        if skip_tenant_validation is not UNSET:
            field_dict["skipTenantValidation"] = skip_tenant_validation
        if add_roles_to_jwt is not UNSET:
            field_dict["addRolesToJwt"] = add_roles_to_jwt
        if add_permissions_to_jwt is not UNSET:
            field_dict["addPermissionsToJwt"] = add_permissions_to_jwt
        if allow_custom_login_tenant_switch is not UNSET:
            field_dict["allowCustomLoginTenantSwitch"] = allow_custom_login_tenant_switch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        default_token_expiration = d.get("defaultTokenExpiration", UNSET)

        default_refresh_token_expiration = d.get("defaultRefreshTokenExpiration", UNSET)

        _cookie_same_site = d.get("cookieSameSite", UNSET)
        cookie_same_site: VendorConfigRequestCookieSameSite | Unset
        if isinstance(_cookie_same_site, Unset):
            cookie_same_site = UNSET
        else:
            cookie_same_site = check_vendor_config_request_cookie_same_site(_cookie_same_site)

        _machine_to_machine_auth_strategy = d.get("machineToMachineAuthStrategy", UNSET)
        machine_to_machine_auth_strategy: VendorConfigRequestMachineToMachineAuthStrategy | Unset
        if isinstance(_machine_to_machine_auth_strategy, Unset):
            machine_to_machine_auth_strategy = UNSET
        else:
            machine_to_machine_auth_strategy = check_vendor_config_request_machine_to_machine_auth_strategy(
                _machine_to_machine_auth_strategy
            )

        allow_signups = d.get("allowSignups", UNSET)

        api_tokens_enabled = d.get("apiTokensEnabled", UNSET)

        allow_override_password_complexity = d.get("allowOverridePasswordComplexity", UNSET)

        allow_override_password_expiration = d.get("allowOverridePasswordExpiration", UNSET)

        allow_override_enforce_password_history = d.get("allowOverrideEnforcePasswordHistory", UNSET)

        _jwt_algorithm = d.get("jwtAlgorithm", UNSET)
        jwt_algorithm: VendorConfigRequestJwtAlgorithm | Unset
        if isinstance(_jwt_algorithm, Unset):
            jwt_algorithm = UNSET
        else:
            jwt_algorithm = check_vendor_config_request_jwt_algorithm(_jwt_algorithm)

        allow_not_verified_users_login = d.get("allowNotVerifiedUsersLogin", UNSET)

        force_permissions = d.get("forcePermissions", UNSET)

        add_saml_attributes_to_jwt = d.get("addSamlAttributesToJwt", UNSET)

        _auth_strategy = d.get("authStrategy", UNSET)
        auth_strategy: VendorConfigRequestAuthStrategy | Unset
        if isinstance(_auth_strategy, Unset):
            auth_strategy = UNSET
        else:
            auth_strategy = check_vendor_config_request_auth_strategy(_auth_strategy)

        default_passwordless_token_expiration = d.get("defaultPasswordlessTokenExpiration", UNSET)

        force_same_device_on_auth = d.get("forceSameDeviceOnAuth", UNSET)

        allow_tenant_invitations = d.get("allowTenantInvitations", UNSET)

        rotate_refresh_tokens = d.get("rotateRefreshTokens", UNSET)

        skip_tenant_validation = d.get("skipTenantValidation", UNSET)

        add_roles_to_jwt = d.get("addRolesToJwt", UNSET)

        add_permissions_to_jwt = d.get("addPermissionsToJwt", UNSET)

        allow_custom_login_tenant_switch = d.get("allowCustomLoginTenantSwitch", UNSET)

        vendor_config_request = cls(
            default_token_expiration,
            default_refresh_token_expiration,
            cookie_same_site,
            machine_to_machine_auth_strategy,
            allow_signups,
            api_tokens_enabled,
            allow_override_password_complexity,
            allow_override_password_expiration,
            allow_override_enforce_password_history,
            jwt_algorithm,
            allow_not_verified_users_login,
            force_permissions,
            add_saml_attributes_to_jwt,
            auth_strategy,
            default_passwordless_token_expiration,
            force_same_device_on_auth,
            allow_tenant_invitations,
            rotate_refresh_tokens,
            skip_tenant_validation,
            add_roles_to_jwt,
            add_permissions_to_jwt,
            allow_custom_login_tenant_switch,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            vendor_config_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return vendor_config_request

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
