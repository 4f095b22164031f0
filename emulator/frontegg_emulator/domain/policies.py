"""Configuration documents (policies) of an environment and of its accounts. No HTTP.

An environment-wide document lives in ``env.policies[kind]`` with the field names the rest of the
emulator reads (for example ``lockout`` = ``{enabled, maxAttempts}``, read at login) plus ``id``,
``createdAt`` and ``updatedAt`` (epoch seconds). An account may override some kinds; its document is
``env.collection("tenantPolicies")["<tenantId>/<kind>"]`` and reads made in that account see it instead.
A document never written reads as its defaults, with a stable id and the environment's creation time.

Login reads three kinds for the user's active account (``for_account``): ``lockout``, ``mfa`` and
``sessions``; their defaults live here so that what the policy operations report is what login applies.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from . import defaults, security
from .model import Environment

TENANT_POLICIES = "tenantPolicies"

LOCKOUT_DEFAULTS: Mapping[str, Any] = defaults.LOCKOUT_POLICY
MFA_POLICY_DEFAULTS: Mapping[str, Any] = defaults.MFA_POLICY
SESSION_DEFAULTS: Mapping[str, dict[str, Any]] = defaults.SESSION_POLICY
_DEFAULTS: Mapping[str, Mapping[str, Any]] = {
    "lockout": LOCKOUT_DEFAULTS,
    "mfa": MFA_POLICY_DEFAULTS,
    "sessions": SESSION_DEFAULTS,
}


def _stable_id(env: Environment, *parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join((env.id, *parts))))


def vendor_doc(env: Environment, kind: str, defaults: Mapping[str, Any]) -> dict[str, Any]:
    """The environment-wide document: defaults, overlaid with what was stored."""
    stamp = {"id": _stable_id(env, kind), "createdAt": env.created_at, "updatedAt": env.created_at}
    return {**defaults, **stamp, **env.policies.get(kind, {})}


def tenant_doc(env: Environment, kind: str, tenant_id: str) -> dict[str, Any] | None:
    return env.collection(TENANT_POLICIES).get(f"{tenant_id}/{kind}")


def stored(env: Environment, kind: str, tenant_id: str | None) -> dict[str, Any]:
    """The document as written, of an account or (without one) of the environment; {} when none was."""
    doc = tenant_doc(env, kind, tenant_id) if tenant_id else env.policies.get(kind)
    return dict(doc or {})


def put(env: Environment, kind: str, tenant_id: str | None, doc: dict[str, Any]) -> None:
    """Store the whole document of an account or (without one) of the environment."""
    if tenant_id:
        env.collection(TENANT_POLICIES)[f"{tenant_id}/{kind}"] = doc
    else:
        env.policies[kind] = doc


def effective(env: Environment, kind: str, defaults: Mapping[str, Any], tenant_id: str | None) -> dict[str, Any]:
    """What applies in an account (its own document, else the environment's), or environment-wide."""
    own = tenant_doc(env, kind, tenant_id) if tenant_id else None
    return {**vendor_doc(env, kind, defaults), **own} if own else vendor_doc(env, kind, defaults)


def save(
    env: Environment, kind: str, defaults: Mapping[str, Any], values: Mapping[str, Any], tenant_id: str | None
) -> dict[str, Any]:
    """Write fields of the environment's document, or of an account's (created from the environment's)."""
    at = security.now(env)
    if tenant_id:
        current = tenant_doc(env, kind, tenant_id) or {
            **vendor_doc(env, kind, defaults),
            "id": _stable_id(env, kind, tenant_id),
            "createdAt": at,
        }
        doc = {**current, **values, "updatedAt": at}
    else:
        doc = {**vendor_doc(env, kind, defaults), **values, "updatedAt": at}
    put(env, kind, tenant_id, doc)
    return doc


def for_account(env: Environment, kind: str, tenant_id: str | None) -> dict[str, Any]:
    """The ``lockout``, ``mfa`` or ``sessions`` document that applies in an account."""
    return effective(env, kind, _DEFAULTS[kind], tenant_id)


def session_limit(env: Environment, tenant_id: str | None, section: str, field: str) -> float | None:
    """A sessions-configuration limit (seconds or a count) when that section is active, else None."""
    values = for_account(env, "sessions", tenant_id)[section]  # stored sections are whole (spec-validated)
    return float(values[field]) if values["isActive"] else None
