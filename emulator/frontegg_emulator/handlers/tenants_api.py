"""A minimal companion of Frontegg's Tenants API, because the Identity API refers to tenants it does not
create: create, get, list, update and delete under /tenants/resources/tenants/v1."""

from __future__ import annotations

from typing import Any

from ..domain import users
from ..domain.model import Environment, Tenant
from ..errors import BadRequest, MethodNotAllowed


def view(env: Environment, tenant: Tenant) -> dict[str, Any]:
    stamp = users.iso(tenant.created_at)
    return {
        "id": tenant.id,
        "tenantId": tenant.id,
        "name": tenant.name,
        "vendorId": env.client_id,
        "isReseller": False,
        "metadata": tenant.metadata,
        "parentTenantId": tenant.parent_tenant_id,
        "createdAt": stamp,
        "updatedAt": stamp,
        "deletedAt": None,
    }


def handle(env: Environment, method: str, tail: str, body: Any) -> tuple[int, Any]:
    if tail == "":
        if method == "GET":
            return 200, [view(env, t) for t in env.tenants.values()]
        if method == "POST":
            if not isinstance(body, dict) or not isinstance(body.get("name"), str) or not body["name"]:
                raise BadRequest("name is required")
            tenant_id = body.get("tenantId")
            if tenant_id is not None and not isinstance(tenant_id, str):
                raise BadRequest("tenantId must be a string")
            metadata = body.get("metadata")
            tenant = users.create_tenant(env, body["name"], tenant_id, metadata if isinstance(metadata, str) else None)
            return 201, view(env, tenant)
    elif "/" not in tail:
        tenant = users.get_tenant(env, tail)
        if method == "GET":
            return 200, view(env, tenant)
        if method in ("PUT", "PATCH"):
            if not isinstance(body, dict):
                raise BadRequest("Expected a JSON object")
            if "name" in body:
                if not isinstance(body["name"], str) or not body["name"]:
                    raise BadRequest("name must be a non-empty string")
                tenant.name = body["name"]
            if "metadata" in body:
                tenant.metadata = body["metadata"] if isinstance(body["metadata"], str) else None
            return 200, view(env, tenant)
        if method == "DELETE":
            del env.tenants[tenant.id]
            for user in list(env.users.values()):
                if tenant.id in user.tenant_ids:
                    # Sessions in the deleted account end with it (their tokens carried its permissions).
                    users.end_sessions_in(env, user.id, tenant.id)
                    user.tenant_ids.remove(tenant.id)
                    user.roles.pop(tenant.id, None)
                    if not user.tenant_ids:
                        del env.users[user.id]
                    elif user.tenant_id == tenant.id:
                        user.tenant_id = user.tenant_ids[0]
            return 200, None
    raise MethodNotAllowed(f"{method} is not supported on the Tenants API path {tail or '/'}")
