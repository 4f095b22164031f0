"""Tenants (accounts) as the Tenants API manages them: profile fields, metadata stored as JSON text,
and deletion with its cascade (members, then what the account owned: domain/cascades.py)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from ..errors import BadRequest
from . import security, users
from .model import Environment, Tenant

# The descriptive fields a tenant keeps as sent (wheniwork/frontegg-go tenant_types/create.go and
# update.go send these; creatorName/creatorEmail must come back on reads).
PROFILE_FIELDS = (
    "status",
    "website",
    "applicationUrl",
    "logo",
    "logoUrl",
    "address",
    "timezone",
    "currency",
    "creatorName",
    "creatorEmail",
)


def encode_metadata(value: Any) -> str | None:
    """Frontegg keeps metadata as JSON text and answers it so, whatever JSON value was sent
    (rust-frontegg sends an object and decodes `metadata` from a string, src/serde.rs nested_json).
    A string is taken as already encoded: frontegg-ruby sends `metadata.to_json`."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))


def _metadata_object(tenant: Tenant) -> dict[str, Any]:
    if tenant.metadata is None:
        return {}
    try:
        decoded = json.loads(tenant.metadata)
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


def create(env: Environment, body: Mapping[str, Any]) -> Tenant:
    tenant = users.create_tenant(env, str(body["name"]), body.get("tenantId"), encode_metadata(body.get("metadata")))
    parent = body.get("parentTenantId")
    if isinstance(parent, str) and parent:
        users.get_tenant(env, parent)
        tenant.parent_tenant_id = parent
    apply_profile(tenant, body)
    tenant.is_reseller = bool(body.get("isReseller", False))
    return tenant


def within(env: Environment, root_id: str) -> set[str]:
    """The account ``root_id`` and every sub-account below it."""
    found, frontier = {root_id}, [root_id]
    while frontier:
        parent = frontier.pop()
        for tenant in env.tenants.values():
            if tenant.parent_tenant_id == parent and tenant.id not in found:
                found.add(tenant.id)
                frontier.append(tenant.id)
    return found


def apply_profile(tenant: Tenant, body: Mapping[str, Any]) -> None:
    for name in PROFILE_FIELDS:
        if name in body:
            tenant.profile[name] = body[name]


def update(env: Environment, tenant: Tenant, body: Mapping[str, Any]) -> Tenant:
    if "name" in body:
        tenant.name = str(body["name"])
    if "metadata" in body:
        tenant.metadata = encode_metadata(body["metadata"])
    if "isReseller" in body:
        tenant.is_reseller = bool(body["isReseller"])
    apply_profile(tenant, body)
    tenant.updated_at = security.now(env)
    return tenant


def merge_metadata(env: Environment, tenant: Tenant, changes: Mapping[str, Any]) -> Tenant:
    """Sets each key sent and keeps the others (frontegg/terraform-provider-frontegg
    resource_frontegg_tenant.go relies on keys set outside Terraform surviving)."""
    merged = {**_metadata_object(tenant), **changes}
    tenant.metadata = encode_metadata(merged)
    tenant.updated_at = security.now(env)
    return tenant


def delete_metadata_key(env: Environment, tenant: Tenant, key: str) -> Tenant:
    current = _metadata_object(tenant)
    if key in current:
        del current[key]
        tenant.metadata = encode_metadata(current)
        tenant.updated_at = security.now(env)
    return tenant


def delete(env: Environment, tenant: Tenant) -> None:
    """The account goes, its members leave it (``users.leave_account``; a user in no other account is
    deleted), then everything it owned (``cascades.tenant_removed``)."""
    from . import cascades  # builds on this module

    del env.tenants[tenant.id]
    # Found by peeking, then reached one by one: only the members are compared and written.
    members = [user_id for user_id, user in env.users.peek().items() if tenant.id in user.tenant_ids]
    for user_id in members:
        users.leave_account(env, env.users[user_id], tenant.id)
    cascades.tenant_removed(env, tenant.id, tenant.parent_tenant_id)


def page(items: list[dict[str, Any]], query: Mapping[str, Any], base: str) -> dict[str, Any]:
    """A v2 page. `_offset` counts records here, not pages: public clients step it by `_limit`
    (a Frontegg-to-Descope migration script's fetch_frontegg_tenants says "record-count offset"
    for this listing, and "page number" for users v1) or follow `_links.next`."""
    limit = int(query.get("_limit") or 50)
    offset = int(query.get("_offset") or 0)
    if limit < 1 or offset < 0:
        raise BadRequest("_limit must be positive and _offset not negative")
    wanted = query.get("_tenantIds")
    text = str(query.get("_filter") or "").lower()
    chosen = [
        item
        for item in items
        if (not wanted or item["tenantId"] in wanted)
        and (not text or text in item["name"].lower() or text in item["tenantId"].lower())
    ]
    total = len(chosen)
    pages = math.ceil(total / limit)

    # Links keep the caller's filters: a client following _links.next sends nothing else.
    kept = {k: ",".join(v) if isinstance(v, list) else v for k, v in query.items() if k in ("_filter", "_tenantIds")}

    def link(start: int) -> str:
        return f"{base}?{urlencode({**kept, '_limit': limit, '_offset': start})}"

    links = {"first": link(0), "last": link(max(0, (pages - 1) * limit))}
    if offset + limit < total:
        links["next"] = link(offset + limit)
    if offset > 0:
        links["prev"] = link(max(0, offset - limit))
    return {
        "items": chosen[offset : offset + limit],
        "_metadata": {"totalItems": total, "totalPages": pages},
        "_links": links,
    }
