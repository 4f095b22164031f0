"""API tokens and access tokens of accounts and users, their client-credentials login, and the
environment-only lookups backends use to check access tokens."""

from __future__ import annotations

import email.utils
from datetime import datetime, timezone
from typing import Any

from ..domain import access, api_tokens, rbac, users
from ..domain.api_tokens import TENANT_ACCESS, TENANT_API, USER_ACCESS, USER_API
from ..domain.users import iso
from ..errors import Forbidden, NotFound
from .base import Context, operation


def _creator(ctx: Context) -> str | None:
    if ctx.principal is not None and ctx.principal.kind == access.USER:
        return ctx.principal.user_id
    return ctx.headers.get("frontegg-user-id") or None


def _account_grants(ctx: Context, tenant_id: str) -> tuple[list[str], list[str]]:
    """Validated role and permission ids for an account token; a user cannot hand out more than it holds."""
    role_ids = list(dict.fromkeys(ctx.body.get("roleIds", [])))
    for role_id in role_ids:
        rbac.get_role(ctx.env, role_id, tenant_id)
    permission_ids = rbac.check_permission_ids(ctx.env, ctx.body.get("permissionIds", []))
    access.check_grant(ctx.env, ctx.principal, role_ids, tenant_id)
    principal = ctx.principal
    if principal is not None and principal.kind == access.USER:
        _, keys = api_tokens.token_grants(ctx.env, role_ids, permission_ids)
        missing = sorted(set(keys) - principal.permissions)
        if missing:
            raise Forbidden(f"A token cannot be given permissions its creator lacks: {', '.join(missing)}")
    return role_ids, permission_ids


def _acting_member(ctx: Context) -> tuple[str, str]:
    """(user id, account id) of personal-token calls: the caller, who must belong to the account."""
    tenant_id = ctx.account_id()
    user = ctx.acting_user()
    users.user_in_tenant(ctx.env, user.id, tenant_id)
    return user.id, tenant_id


# ------------------------------------------------------------------ client-credentials login
@operation("authenticateApiToken")
def authenticate_api_token(ctx: Context) -> dict[str, Any]:
    return api_tokens.authenticate(ctx.env, ctx.body["clientId"], ctx.body["secret"])


@operation("refreshApiToken")
def refresh_api_token(ctx: Context) -> dict[str, Any]:
    return api_tokens.refresh(ctx.env, ctx.body["refreshToken"])


def v1_view(body: dict[str, Any]) -> dict[str, Any]:
    """The answer of the undocumented v1 path (app.UNDOCUMENTED_ALIASES): v2's tokens in camelCase, and
    ``expires`` as an RFC 1123 date, which Mona Labs' client parses with "%a, %d %b %Y %H:%M:%S GMT"."""
    expires = datetime.fromisoformat(body["expires"])  # the emulator's clock, which may be moved
    return {
        "accessToken": body["access_token"],
        "refreshToken": body["refresh_token"],
        "expiresIn": int(body["expires_in"]),
        "expires": email.utils.format_datetime(expires.astimezone(timezone.utc), usegmt=True),
    }


# ------------------------------------------------------------------ account API tokens
def _tenant_api_view(record: dict[str, Any], *, with_expiry: bool = False) -> dict[str, Any]:
    view = {
        "clientId": record["clientId"],
        "description": record.get("description"),
        "tenantId": record["tenantId"],
        "createdByUserId": record.get("createdByUserId"),
        "metadata": record.get("metadata") or {},
        "createdAt": iso(record["createdAt"]),
        "permissionIds": list(record.get("permissionIds", [])),
        "roleIds": list(record.get("roleIds", [])),
    }
    if with_expiry:  # the list declares expires always; null for a token that never expires
        view["expires"] = iso(record.get("expires"))
    else:
        view.update(api_tokens.expires_view(record))
    return view


@operation("createTenantApiToken", "createTenantApiTokenV2")
def create_tenant_api_token(ctx: Context) -> dict[str, Any]:
    api_tokens.require_enabled(ctx.env)
    tenant_id = ctx.account_id()
    role_ids, permission_ids = _account_grants(ctx, tenant_id)
    record, secret = api_tokens.create_api_token(
        ctx.env,
        TENANT_API,
        {
            "tenantId": tenant_id,
            "description": ctx.body.get("description"),
            "metadata": ctx.body.get("metadata") or {},
            "roleIds": role_ids,
            "permissionIds": permission_ids,
            "createdByUserId": _creator(ctx),
            "expiresInMinutes": ctx.body.get("expiresInMinutes"),
        },
    )
    return {**_tenant_api_view(record), "secret": secret}


@operation("getTenantsApiTokens")
def get_tenants_api_tokens(ctx: Context) -> list[dict[str, Any]]:
    tenant_id = ctx.account_id()
    found = [r for r in api_tokens.records(ctx.env, TENANT_API).values() if r["tenantId"] == tenant_id]
    return [_tenant_api_view(r, with_expiry=True) for r in found]


@operation("updateTenantApiToken")
def update_tenant_api_token(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.account_id()
    record = api_tokens.get_record(ctx.env, TENANT_API, ctx.path["id"], tenant_id)
    role_ids, permission_ids = _account_grants(ctx, tenant_id)
    b = ctx.body
    if "roleIds" in b:
        record["roleIds"] = role_ids
    if "permissionIds" in b:
        record["permissionIds"] = permission_ids
    if "description" in b:
        record["description"] = b["description"]
    if "metadata" in b:
        record["metadata"] = b["metadata"]
    return _tenant_api_view(record)


@operation("deleteTenantApiToken")
def delete_tenant_api_token(ctx: Context) -> None:
    record = api_tokens.get_record(ctx.env, TENANT_API, ctx.path["id"], ctx.account_id())
    api_tokens.delete(ctx.env, TENANT_API, record)


# ------------------------------------------------------------------ personal API tokens
def _user_api_view(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "clientId": record["clientId"],
        "description": record.get("description") or "",
        "metadata": record.get("metadata") or {},
        "createdAt": iso(record["createdAt"]),
        **api_tokens.expires_view(record),
    }


@operation("createUserApiToken")
def create_user_api_token(ctx: Context) -> dict[str, Any]:
    api_tokens.require_enabled(ctx.env)
    user_id, tenant_id = _acting_member(ctx)
    record, secret = api_tokens.create_api_token(
        ctx.env,
        USER_API,
        {
            "tenantId": tenant_id,
            "userId": user_id,
            "description": ctx.body.get("description") or "",
            "metadata": ctx.body.get("metadata") or {},
            "expiresInMinutes": ctx.body.get("expiresInMinutes"),
        },
    )
    return {**_user_api_view(record), "secret": secret}


@operation("getApiTokens")
def get_api_tokens(ctx: Context) -> list[dict[str, Any]]:
    user_id, tenant_id = _acting_member(ctx)
    found = api_tokens.records(ctx.env, USER_API).values()
    return [_user_api_view(r) for r in found if r["userId"] == user_id and r["tenantId"] == tenant_id]


@operation("deleteApiToken")
def delete_api_token(ctx: Context) -> None:
    user_id, tenant_id = _acting_member(ctx)
    record = api_tokens.get_record(ctx.env, USER_API, ctx.path["id"], tenant_id, user_id)
    api_tokens.delete(ctx.env, USER_API, record)


# ------------------------------------------------------------------ access tokens
def _access_view(record: dict[str, Any]) -> dict[str, Any]:
    view = {
        "id": record["id"],
        "description": record.get("description") or "",
        "createdAt": iso(record["createdAt"]),
        **api_tokens.expires_view(record),
    }
    if "roleIds" in record:  # account access tokens
        view.update(roleIds=list(record["roleIds"]), createdByUserId=record.get("createdByUserId"))
    return view


@operation("createTenantAccessToken")
def create_tenant_access_token(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.account_id()
    role_ids, _ = _account_grants(ctx, tenant_id)
    record, secret = api_tokens.create_access_token(
        ctx.env,
        TENANT_ACCESS,
        {
            "tenantId": tenant_id,
            "description": ctx.body.get("description") or "",
            "roleIds": role_ids,
            "createdByUserId": _creator(ctx),
            "expiresInMinutes": ctx.body.get("expiresInMinutes"),
        },
    )
    return {**_access_view(record), "secret": secret}


@operation("getTenantAccessTokens")
def get_tenant_access_tokens(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.account_id()
    found = api_tokens.records(ctx.env, TENANT_ACCESS).values()
    return {"accessTokens": [_access_view(r) for r in found if r["tenantId"] == tenant_id]}


@operation("deleteTenantAccessToken")
def delete_tenant_access_token(ctx: Context) -> None:
    record = api_tokens.get_record(ctx.env, TENANT_ACCESS, ctx.path["id"], ctx.account_id())
    api_tokens.delete(ctx.env, TENANT_ACCESS, record)


@operation("createUserAccessToken")
def create_user_access_token(ctx: Context) -> dict[str, Any]:
    user_id, tenant_id = _acting_member(ctx)
    record, secret = api_tokens.create_access_token(
        ctx.env,
        USER_ACCESS,
        {
            "tenantId": tenant_id,
            "userId": user_id,
            "description": ctx.body.get("description") or "",
            "expiresInMinutes": ctx.body.get("expiresInMinutes"),
        },
    )
    return {**_access_view(record), "secret": secret}


@operation("getUserAccessTokens")
def get_user_access_tokens(ctx: Context) -> dict[str, Any]:
    user_id, tenant_id = _acting_member(ctx)
    found = api_tokens.records(ctx.env, USER_ACCESS).values()
    return {"accessTokens": [_access_view(r) for r in found if r["userId"] == user_id and r["tenantId"] == tenant_id]}


@operation("deleteUserAccessToken")
def delete_user_access_token(ctx: Context) -> None:
    user_id, tenant_id = _acting_member(ctx)
    record = api_tokens.get_record(ctx.env, USER_ACCESS, ctx.path["id"], tenant_id, user_id)
    api_tokens.delete(ctx.env, USER_ACCESS, record)


# ------------------------------------------------------------------ environment-only lookups
# These lookups take frontegg-tenant-id as an optional filter: Frontegg's own SDKs send none
# (@frontegg/client 5.3.2 user-access-token.service.js and tenant-access-token.service.js, PyPI frontegg
# 3.0.4 user_access_token_service.py and tenant_access_token_service.py), so without it they answer from
# every account of the environment, which the environment token may read anyway.
@operation("getActiveAccessTokens")
def get_active_access_tokens(ctx: Context) -> list[str]:
    tenant_id = ctx.tenant_id(required=False)
    ids = []
    for kind in (USER_ACCESS, TENANT_ACCESS):
        for record in api_tokens.records(ctx.env, kind).values():
            if tenant_id in (None, record["tenantId"]) and api_tokens.alive(ctx.env, record):
                ids.append(record["id"])
    return ids


def _access_data(ctx: Context, kind: str) -> dict[str, Any]:
    tenant_id = ctx.tenant_id(required=False)
    record = api_tokens.records(ctx.env, kind).get(ctx.path["id"])
    if record is not None and tenant_id is None:
        tenant_id = record["tenantId"]
    record = api_tokens.get_record(ctx.env, kind, ctx.path["id"], tenant_id or "")
    if not api_tokens.alive(ctx.env, record):
        raise NotFound("Token not found", code="ER-01070")
    roles, permissions = api_tokens.grants(ctx.env, kind, record)
    return {
        "id": record["id"],
        "tenantId": record["tenantId"],
        "permissions": permissions,
        "roles": roles,
        **api_tokens.expires_view(record),
    }


@operation("getUserAccessTokenData")
def get_user_access_token_data(ctx: Context) -> dict[str, Any]:
    data = _access_data(ctx, USER_ACCESS)
    record = api_tokens.records(ctx.env, USER_ACCESS)[data["id"]]
    return {"userId": record["userId"], **data}


@operation("getTenantAccessTokenData")
def get_tenant_access_token_data(ctx: Context) -> dict[str, Any]:
    return _access_data(ctx, TENANT_ACCESS)
