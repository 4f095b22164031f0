"""Policies and configuration documents: lockout, MFA policy/config/strategies, sessions, captcha, the
environment's core configuration, user emails, delegation, activation and invitation strategies,
password rotation and temporary users.

Stored names are the ones the rest of the emulator reads (``lockout`` = ``{enabled, maxAttempts}`` at
login, ``mfa`` = ``{enforceMFAType, allowRememberMyDevice, mfaDeviceExpiration}``, ``vendor`` = core
configuration); views map them to each operation's response schema. Writes through a user token, or
with the frontegg-tenant-id header, change the account's own document where the API is per account.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from ..domain import defaults, policies, users
from ..domain.policies import LOCKOUT_DEFAULTS, MFA_POLICY_DEFAULTS, SESSION_DEFAULTS
from ..errors import BadRequest
from . import auth
from .base import Context, operation

# What the spec documents as the request's defaults, applied when a whole policy is written.
MFA_POLICY_REQUEST_DEFAULTS = {
    "enforceMFAType": "Force",
    "allowRememberMyDevice": False,
    "mfaDeviceExpiration": defaults.MFA_DEVICE_EXPIRATION,
}
MFA_CONFIG_DEFAULTS: dict[str, dict[str, Any]] = {
    "authenticationApp": {"active": True, "serviceName": "Frontegg emulator"},
    "sms": {"active": True, "tokenLifetimeSeconds": 300},
    "email": {"active": True, "tokenLifetimeSeconds": 300, "sender": "no-reply@emulator.local"},
}
MFA_STRATEGIES = ("AuthenticatorApp", "WebAuthnPlatform", "WebAuthnCrossPlatform", "SMS", "EmailCode")
CAPTCHA_DEFAULTS = {"enabled": False, "siteKey": "", "secretKey": "", "minScore": 0.5, "ignoredEmails": []}
ROTATION_DEFAULTS = {"isActive": False, "rotationPeriod": 129600, "notificationPeriod": 10080}
VENDOR_CONFIG_FIELDS = (
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
)
VENDOR_BASIC_DEFAULTS = {"forcePermissions": False, "machineToMachineAuthStrategy": "ClientCredentials"}


def _fields(body: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """Only the documented fields of a request: extra properties never reach a stored document."""
    return {k: body[k] for k in names if k in body}


def _seconds(body: Mapping[str, Any], *names: str) -> None:
    """Durations the emulator computes expiry times from must be positive and finite."""
    for name in names:
        if name in body and not (body[name] > 0 and math.isfinite(body[name])):
            raise BadRequest(f"{name} must be a positive, finite number")


def _finite(body: Mapping[str, Any], *names: str) -> None:
    for name in names:
        if name in body and not math.isfinite(body[name]):
            raise BadRequest(f"{name} must be a finite number")


def _stamped(doc: dict[str, Any], *fields: str) -> dict[str, Any]:
    return {
        "id": doc["id"],
        **{f: doc[f] for f in fields},
        "createdAt": users.iso(doc["createdAt"]),
        "updatedAt": users.iso(doc["updatedAt"]),
    }


# ------------------------------------------------------------------ lockout
def _lockout_view(doc: dict[str, Any]) -> dict[str, Any]:
    return _stamped(doc, "enabled", "maxAttempts")


@operation("getLockoutPolicy")
def get_lockout_policy(ctx: Context) -> dict[str, Any]:
    return _lockout_view(policies.effective(ctx.env, "lockout", LOCKOUT_DEFAULTS, ctx.tenant_id(required=False)))


@operation("createLockoutPolicy", "updateLockoutPolicy")
def put_lockout_policy(ctx: Context) -> dict[str, Any]:
    _finite(ctx.body, "maxAttempts")
    values = _fields(ctx.body, LOCKOUT_DEFAULTS)
    doc = policies.save(ctx.env, "lockout", LOCKOUT_DEFAULTS, values, ctx.tenant_id(required=False))
    return _lockout_view(doc)


# ------------------------------------------------------------------ MFA policy, configuration, strategies
def _mfa_policy_view(doc: dict[str, Any]) -> dict[str, Any]:
    return _stamped(doc, "enforceMFAType", "allowRememberMyDevice", "mfaDeviceExpiration")


@operation("getSecurityPolicy")
def get_security_policy(ctx: Context) -> dict[str, Any]:
    doc = policies.effective(ctx.env, "mfa", MFA_POLICY_DEFAULTS, ctx.tenant_id(required=False))
    return _mfa_policy_view(doc)


@operation("createMfaPolicy", "upsertSecurityPolicy")
def put_mfa_policy(ctx: Context) -> dict[str, Any]:
    """Write the whole policy: fields left out take the request schema's defaults."""
    _finite(ctx.body, "mfaDeviceExpiration")
    values = {**MFA_POLICY_REQUEST_DEFAULTS, **_fields(ctx.body, MFA_POLICY_DEFAULTS)}
    doc = policies.save(ctx.env, "mfa", MFA_POLICY_DEFAULTS, values, ctx.tenant_id(required=False))
    return _mfa_policy_view(doc)


@operation("updateSecurityPolicy")
def patch_mfa_policy(ctx: Context) -> dict[str, Any]:
    _finite(ctx.body, "mfaDeviceExpiration")
    values = _fields(ctx.body, MFA_POLICY_DEFAULTS)
    doc = policies.save(ctx.env, "mfa", MFA_POLICY_DEFAULTS, values, ctx.tenant_id(required=False))
    return _mfa_policy_view(doc)


def _mfa_config(ctx: Context) -> dict[str, Any]:
    doc = policies.vendor_doc(ctx.env, "mfaConfig", MFA_CONFIG_DEFAULTS)
    return {k: doc[k] for k in MFA_CONFIG_DEFAULTS}


@operation("getMfaConfig")
def get_mfa_config(ctx: Context) -> dict[str, Any]:
    return _mfa_config(ctx)


@operation("upsertMfaConfig")
def upsert_mfa_config(ctx: Context) -> dict[str, Any]:
    values = {k: _fields(v, MFA_CONFIG_DEFAULTS[k]) for k, v in _fields(ctx.body, MFA_CONFIG_DEFAULTS).items()}
    for section in values.values():
        _seconds(section, "tokenLifetimeSeconds")
    policies.save(ctx.env, "mfaConfig", MFA_CONFIG_DEFAULTS, values, None)
    return _mfa_config(ctx)


@operation("getMFAStrategies")
def get_mfa_strategies(ctx: Context) -> dict[str, Any]:
    stored = ctx.env.policies.get("mfaStrategies", {})
    return {"strategies": [{"strategy": s, "isActive": bool(stored.get(s, True))} for s in MFA_STRATEGIES]}


@operation("createOrUpdateMFAStrategy", environment_wide=True)
def create_or_update_mfa_strategy(ctx: Context) -> None:
    """Stored as ``env.policies["mfaStrategies"]`` = {strategy: isActive}; strategies never set are active."""
    ctx.env.policies.setdefault("mfaStrategies", {})[ctx.body["strategy"]] = ctx.body["isActive"]


# ------------------------------------------------------------------ sessions configuration
def _session_config(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: doc[k] for k in SESSION_DEFAULTS}


@operation("getVendorSessionConfiguration")
def get_vendor_session_configuration(ctx: Context) -> dict[str, Any]:
    return _session_config(policies.vendor_doc(ctx.env, "sessions", SESSION_DEFAULTS))


@operation("getSessionConfiguration")
def get_session_configuration(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.tenant_id(required=False)
    return _session_config(policies.effective(ctx.env, "sessions", SESSION_DEFAULTS, tenant_id))


@operation("createSessionConfiguration")
def create_session_configuration(ctx: Context) -> None:
    values = {k: _fields(v, SESSION_DEFAULTS[k]) for k, v in _fields(ctx.body, SESSION_DEFAULTS).items()}
    for section in values.values():
        _seconds(section, "timeout", "maxSessions")
    policies.save(ctx.env, "sessions", SESSION_DEFAULTS, values, ctx.tenant_id(required=False))
    # No body: @frontegg/rest-api 7.119.0 createOrUpdateSessionConfigrations resolves to void.


# ------------------------------------------------------------------ captcha
def _captcha_view(doc: dict[str, Any]) -> dict[str, Any]:
    return _stamped(doc, "siteKey", "secretKey", "enabled", "minScore", "ignoredEmails")


@operation("getCaptchaPolicy")
def get_captcha_policy(ctx: Context) -> dict[str, Any]:
    return _captcha_view(policies.vendor_doc(ctx.env, "captcha", CAPTCHA_DEFAULTS))


@operation("createCaptchaPolicy", "updateCaptchaPolicy")
def put_captcha_policy(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    _finite(b, "minScore")
    values = {k: b[k] for k in ("enabled", "siteKey", "secretKey", "minScore")}
    values["ignoredEmails"] = list(b.get("ignoredEmails", []))
    return _captcha_view(policies.save(ctx.env, "captcha", CAPTCHA_DEFAULTS, values, None))


# ------------------------------------------------------------------ core configuration of the environment
@operation("addOrUpdateConfig")
def add_or_update_config(ctx: Context) -> dict[str, Any]:
    b = _fields(ctx.body, VENDOR_CONFIG_FIELDS)
    _seconds(b, "defaultTokenExpiration", "defaultRefreshTokenExpiration", "defaultPasswordlessTokenExpiration")
    vendor = ctx.env.policies.setdefault("vendor", {})
    vendor.update(b)
    answer: dict[str, Any] = auth.get_vendor_config(ctx)
    answer.update({k: v for k, v in vendor.items() if k in answer and k not in ("id", "publicKey", "jwtSecret")})
    return answer


@operation("getVendorConfigBasic")
def get_vendor_config_basic(ctx: Context) -> dict[str, Any]:
    vendor = ctx.env.policies.get("vendor", {})
    return {k: vendor.get(k, default) for k, default in VENDOR_BASIC_DEFAULTS.items()}


# ------------------------------------------------------------------ small environment switches
@operation("getUserEmailsPolicy")
def get_user_emails_policy(ctx: Context) -> dict[str, Any]:
    return {"allowEmailChange": bool(ctx.env.policies.get("userEmails", {}).get("allowEmailChange", False))}


@operation("createOrUpdateUserEmailsPolicy")
def create_or_update_user_emails_policy(ctx: Context) -> None:
    ctx.env.policies.setdefault("userEmails", {}).update(_fields(ctx.body, ["allowEmailChange"]))


@operation("getDelegationConfiguration")
def get_delegation_configuration(ctx: Context) -> dict[str, Any]:
    return {"enabled": bool(ctx.env.policies.get("delegation", {}).get("enabled", False))}


@operation("createOrUpdateDelegationConfiguration")
def create_or_update_delegation_configuration(ctx: Context) -> None:
    ctx.env.policies.setdefault("delegation", {}).update(_fields(ctx.body, ["enabled"]))


@operation("getConfiguration")
def get_temporary_users_configuration(ctx: Context) -> dict[str, Any]:
    return {"enabled": bool(ctx.env.policies.get("temporaryUsers", {}).get("enabled", False))}


@operation("updateConfiguration")
def update_temporary_users_configuration(ctx: Context) -> dict[str, Any]:
    ctx.env.policies["temporaryUsers"] = {"enabled": ctx.body["enabled"]}
    return {"enabled": ctx.body["enabled"]}


# ------------------------------------------------------------------ activation and invitation strategies
def _strategy(ctx: Context, kind: str) -> dict[str, Any]:
    doc = {"strategy": "link", "codeExpiration": users.ACTIVATION_TTL, **ctx.env.policies.get(kind, {})}
    return {"strategy": doc["strategy"], "codeExpiration": doc["codeExpiration"]}


@operation("getActivationStrategies")
def get_activation_strategies(ctx: Context) -> dict[str, Any]:
    return _strategy(ctx, "activationStrategy")


@operation("upsertActivationStrategy")
def upsert_activation_strategy(ctx: Context) -> None:
    _seconds(ctx.body, "codeExpiration")
    ctx.env.policies.setdefault("activationStrategy", {}).update(_fields(ctx.body, ["strategy", "codeExpiration"]))


@operation("getInvitationStrategy")
def get_invitation_strategy(ctx: Context) -> dict[str, Any]:
    return _strategy(ctx, "invitationStrategy")


@operation("createOrUpdateInvitationStrategy")
def create_or_update_invitation_strategy(ctx: Context) -> None:
    _seconds(ctx.body, "codeExpiration")
    if "codeExpiration" in ctx.body and ctx.body["codeExpiration"] < 60:
        raise BadRequest("codeExpiration must be at least 60 seconds")
    ctx.env.policies.setdefault("invitationStrategy", {}).update(_fields(ctx.body, ["codeExpiration"]))


# ------------------------------------------------------------------ password rotation
def _rotation_view(doc: dict[str, Any], tenant_id: str | None) -> dict[str, Any]:
    return {
        "createdAt": users.iso(doc["createdAt"]),
        "updatedAt": users.iso(doc["updatedAt"]),
        "isActive": doc["isActive"],
        "rotationPeriod": doc["rotationPeriod"],
        "notificationPeriod": doc["notificationPeriod"],
        # The environment-wide document belongs to no account; the spec wants a string.
        "tenantId": tenant_id or "",
    }


@operation("getPasswordRotationConfiguration")
def get_password_rotation_configuration(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.tenant_id(required=False)
    own = policies.tenant_doc(ctx.env, "passwordRotation", tenant_id) if tenant_id else None
    doc = policies.effective(ctx.env, "passwordRotation", ROTATION_DEFAULTS, tenant_id)
    return _rotation_view(doc, tenant_id if own else None)


@operation("getVendorPasswordRotationConfiguration")
def get_vendor_password_rotation_configuration(ctx: Context) -> dict[str, Any]:
    return _rotation_view(policies.vendor_doc(ctx.env, "passwordRotation", ROTATION_DEFAULTS), None)


@operation("upsertPasswordRotationConfiguration")
def upsert_password_rotation_configuration(ctx: Context) -> dict[str, Any]:
    b = _fields(ctx.body, ROTATION_DEFAULTS)
    _finite(b, "rotationPeriod", "notificationPeriod")
    values = {**ROTATION_DEFAULTS, **b}
    tenant_id = ctx.tenant_id(required=False)
    doc = policies.save(ctx.env, "passwordRotation", ROTATION_DEFAULTS, values, tenant_id)
    # The saved configuration: @frontegg/rest-api 7.119.0 savePasswordRotationPolicy resolves to it.
    return _rotation_view(doc, tenant_id)
