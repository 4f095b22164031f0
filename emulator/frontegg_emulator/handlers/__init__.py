"""Handlers per tag area, each registered by operationId (see base.operation)."""

from __future__ import annotations

import importlib

# Handler modules; each registers its operations when imported.
MODULES = (
    "auth",
    "users",
    "tenants_api",
    "mfa",
    "passkeys",
    "passwordless",
    "passwords",
    "phone_numbers",
    "phone_login",
    "roles",
    "groups",
    "jwt_templates",
    "policies",
    "api_tokens",
    "user_sessions",
    "invitations",
    "user_emails",
    "usernames",
    "user_extras",
    "restrictions",
    "sso",
    "migrations",
    "user_sources",
    "applications",
    "approval_flows",
    "messaging",
    "sub_tenants",
    "impersonation",
)
# Operation ids handled here that are not in the spec (none today: everything is routed from the spec).
EXTRA_OPERATIONS: set[str] = set()
_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")
    _loaded = True
