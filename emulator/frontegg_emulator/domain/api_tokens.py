"""Machine credentials: API tokens (client id + secret, exchanged for JWTs) and access tokens (long-lived
JWTs handed out directly). Plain functions over an Environment; no HTTP.

Records live in the collections ``access.TOKEN_COLLECTIONS`` names, keyed by client id (API tokens) or
id (access tokens); times are epoch seconds and ``expires`` is None for tokens that never expire.
Secrets are returned once, at creation, and kept only as SHA-256 digests. A JWT minted for a token
carries its ``type`` and the token's id in ``sub``; ``access.principal_from_token`` stops accepting it
when the token is deleted. Refresh tokens of API-token logins are opaque, stored as digests in
``env.collection("apiTokenRefresh")`` and rotated on use.
"""

from __future__ import annotations

from typing import Any

from ..errors import BadRequest
from . import access, defaults, failures, security
from .model import Environment, new_id
from .users import iso

TENANT_API = "tenantApiToken"
USER_API = "userApiToken"
TENANT_ACCESS = "tenantAccessToken"
USER_ACCESS = "userAccessToken"
REFRESH = "apiTokenRefresh"
NEVER = 100 * 365 * 86400  # JWTs need an exp: a token without expiry gets one a century away
MAX_MINUTES = 10 * 365 * 24 * 60


def records(env: Environment, kind: str) -> dict[str, dict[str, Any]]:
    return env.collection(access.TOKEN_COLLECTIONS[kind])


def expiry(env: Environment, minutes: float | None) -> float | None:
    if minutes is None:
        return None
    if not 0 < minutes < float("inf"):  # also refuses NaN
        raise BadRequest("expiresInMinutes must be a positive, finite number")
    return security.now(env) + min(float(minutes), MAX_MINUTES) * 60  # at most ten years


def alive(env: Environment, record: dict[str, Any]) -> bool:
    return record.get("expires") is None or record["expires"] > security.now(env)


def expires_view(record: dict[str, Any]) -> dict[str, Any]:
    return {"expires": iso(record["expires"])} if record.get("expires") is not None else {}


def get_record(
    env: Environment, kind: str, token_id: str, tenant_id: str, user_id: str | None = None
) -> dict[str, Any]:
    """A token of this account (and user, for personal tokens), else 404."""
    record = records(env, kind).get(token_id)
    if record is None or record["tenantId"] != tenant_id or (user_id is not None and record.get("userId") != user_id):
        raise failures.ApiTokenNotFound()
    return record


def enabled(env: Environment) -> bool:
    return bool(env.policies.get("vendor", {}).get("apiTokensEnabled", True))


def require_enabled(env: Environment) -> None:
    if not enabled(env):
        raise failures.ApiTokensOff()


# ------------------------------------------------------------------ grants
def token_grants(env: Environment, role_ids: list[str], permission_ids: list[str]) -> tuple[list[str], list[str]]:
    """Role keys and permission keys of an account token: its roles' permissions plus its own."""
    roles = [env.roles[r] for r in role_ids if r in env.roles]
    perm_ids = {*permission_ids, *(p for role in roles for p in role.permission_ids)}
    return [r.key for r in roles], sorted(env.permissions[p].key for p in perm_ids if p in env.permissions)


def user_grants(env: Environment, user_id: str, tenant_id: str) -> tuple[list[str], list[str]]:
    user = env.users.get(user_id)
    if user is None or tenant_id not in user.tenant_ids:
        return [], []
    return access.user_permissions(env, user, tenant_id)


def grants(env: Environment, kind: str, record: dict[str, Any]) -> tuple[list[str], list[str]]:
    if kind in (USER_API, USER_ACCESS):
        return user_grants(env, record["userId"], record["tenantId"])
    return token_grants(env, record.get("roleIds", []), record.get("permissionIds", []))


# ------------------------------------------------------------------ creation
def create_api_token(env: Environment, kind: str, fields: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Store an API token (fields: tenantId, userId?, description, metadata, roleIds?, permissionIds?,
    createdByUserId?, expiresInMinutes?) and return it with its secret."""
    secret = security.new_token()
    record = {
        **{k: v for k, v in fields.items() if k != "expiresInMinutes"},
        "clientId": new_id(),
        "secretHash": security.digest(secret),
        "createdAt": security.now(env),
        "expires": expiry(env, fields.get("expiresInMinutes")),
    }
    records(env, kind)[record["clientId"]] = record
    return record, secret


def create_access_token(env: Environment, kind: str, fields: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Store an access token and return it with its secret: a JWT that names the token."""
    at = security.now(env)
    record = {
        **{k: v for k, v in fields.items() if k != "expiresInMinutes"},
        "id": new_id(),
        "createdAt": at,
        "expires": expiry(env, fields.get("expiresInMinutes")),
    }
    roles, permissions = grants(env, kind, record)
    claims: dict[str, Any] = {
        "sub": record["id"],
        "tenantId": record["tenantId"],
        "roles": roles,
        "permissions": permissions,
        "type": kind,
        "iss": "frontegg-emulator",
        "aud": env.client_id,
        "iat": int(at),
        "exp": int(record["expires"] or at + NEVER),
    }
    if record.get("userId"):
        claims["userId"] = record["userId"]
    secret = security.sign(env, claims)
    record["secretHash"] = security.digest(secret)
    records(env, kind)[record["id"]] = record
    return record, secret


def delete(env: Environment, kind: str, record: dict[str, Any]) -> None:
    key = record.get("clientId") or record["id"]
    del records(env, kind)[key]
    refresh = env.collection(REFRESH)
    for digest in [d for d, r in refresh.items() if r["clientId"] == key]:
        del refresh[digest]


# ------------------------------------------------------------------ client-credentials login
def _find_api_token(env: Environment, client_id: str, secret: str) -> tuple[str, dict[str, Any]]:
    wanted = security.digest(secret)
    for kind in (TENANT_API, USER_API):
        record = records(env, kind).get(client_id)
        if record is not None and security.same(record["secretHash"], wanted):
            return kind, record
    raise failures.ClientCredentialsInvalid()


def _usable(env: Environment, kind: str, record: dict[str, Any]) -> None:
    if not alive(env, record):
        raise failures.ApiTokenExpired()
    if kind == USER_API:
        user = env.users.get(record["userId"])
        if user is None or user.locked or record["tenantId"] not in user.tenant_ids:
            raise failures.ApiTokenUserCannotSignIn()


def _issue(env: Environment, kind: str, record: dict[str, Any]) -> dict[str, Any]:
    at = security.now(env)
    ttl = defaults.access_token_ttl(env)
    if record.get("expires") is not None:
        ttl = max(1, min(ttl, int(record["expires"] - at)))
    roles, permissions = grants(env, kind, record)
    claims: dict[str, Any] = {
        "sub": record["clientId"],
        "tenantId": record["tenantId"],
        "roles": roles,
        "permissions": permissions,
        "metadata": record.get("metadata") or {},
        "type": kind,
        "iss": "frontegg-emulator",
        "aud": env.client_id,
        "iat": int(at),
        "exp": int(at) + ttl,
    }
    if kind == USER_API:
        claims["userId"] = record["userId"]
    else:
        claims["createdByUserId"] = record.get("createdByUserId")
    refresh_token = security.new_token()
    refresh_ttl = defaults.refresh_token_ttl(env)
    env.collection(REFRESH)[security.digest(refresh_token)] = {
        "clientId": record["clientId"],
        "type": kind,
        "expiresAt": at + refresh_ttl,
    }
    return {
        "access_token": security.sign(env, claims),
        "refresh_token": refresh_token,
        "expires_in": ttl,
        "expires": iso(int(at) + ttl),
    }


def authenticate(env: Environment, client_id: str, secret: str) -> dict[str, Any]:
    kind, record = _find_api_token(env, client_id, secret)
    _usable(env, kind, record)
    if not enabled(env):
        raise failures.ApiTokensOffAtLogin()
    return _issue(env, kind, record)


def refresh(env: Environment, refresh_token: str) -> dict[str, Any]:
    digest = security.digest(refresh_token)
    entry = env.collection(REFRESH).get(digest)
    record = records(env, entry["type"]).get(entry["clientId"]) if entry else None
    if entry is None or record is None or entry["expiresAt"] <= security.now(env):
        raise failures.RefreshTokenInvalid()
    _usable(env, entry["type"], record)
    del env.collection(REFRESH)[digest]  # rotation: each refresh token works once
    return _issue(env, entry["type"], record)
