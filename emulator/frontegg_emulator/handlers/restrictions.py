"""Email-domain and IP restrictions: lists, configuration, and tests of the caller's own address.

Calls act on the account of a user token (or of the frontegg-tenant-id header with an environment
token), else on the whole environment. Where the rules apply is in domain/restrictions.py.
"""

from __future__ import annotations

from typing import Any

from ..domain import restrictions
from ..domain.paging import page
from ..domain.users import iso
from .base import Context, operation


def _scope(ctx: Context) -> str | None:
    return ctx.tenant_id(required=False)


# ------------------------------------------------------------------ email domains
def _domain_view(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "domain": record["domain"], "type": record["type"]}


def _domain_config_view(config: dict[str, Any]) -> dict[str, Any]:
    return {
        "active": bool(config["active"]),
        "listType": config["listType"],
        "blockPublicDomains": bool(config["blockPublicDomains"]),
    }


@operation("createDomainRestriction")
def create_domain_restriction(ctx: Context) -> dict[str, Any]:
    record = restrictions.add_domain_restriction(ctx.env, _scope(ctx), ctx.body["domain"], ctx.body["type"])
    return _domain_view(record)


@operation("getDomainRestrictions")
def get_domain_restrictions(ctx: Context) -> dict[str, Any]:
    views = [_domain_view(r) for r in restrictions.domain_restrictions(ctx.env, _scope(ctx))]
    return page(views, ctx.query, base=ctx.op.path)


@operation("getDomainRestrictionsConfig")
def get_domain_restrictions_config(ctx: Context) -> dict[str, Any]:
    return _domain_config_view(restrictions.domain_config(ctx.env, _scope(ctx)))


@operation("updateDomainRestrictionsConfig")
def update_domain_restrictions_config(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    config = restrictions.save_domain_config(
        ctx.env, _scope(ctx), active=b["active"], list_type=b.get("type"), block_public=b.get("blockPublicDomains")
    )
    return _domain_config_view(config)


@operation("deleteDomainRestriction")
def delete_domain_restriction(ctx: Context) -> None:
    restrictions.delete_domain_restriction(ctx.env, _scope(ctx), ctx.path["id"])


@operation("createBulkDomainsRestriction")
def create_bulk_domains_restriction(ctx: Context) -> list[dict[str, Any]]:
    created = restrictions.replace_domain_restrictions(ctx.env, _scope(ctx), ctx.body["domains"], ctx.body["type"])
    return [_domain_view(r) for r in created]


# ------------------------------------------------------------------ IPs
def _ip_view(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": record["id"],
        "ip": record["ip"],
        "strategy": record["strategy"],
        "isActive": record["isActive"],
        "description": record.get("description", ""),
        "createdAt": iso(record["createdAt"]),
        "updatedAt": iso(record["updatedAt"]),
    }


def _ip_config_view(config: dict[str, Any]) -> dict[str, Any]:
    return {"strategy": config["strategy"], "isActive": bool(config["isActive"])}


@operation("upsertIpRestrictionConfig")
def upsert_ip_restriction_config(ctx: Context) -> dict[str, Any]:
    config = restrictions.save_ip_config(
        ctx.env, _scope(ctx), strategy=ctx.body.get("strategy"), is_active=ctx.body.get("isActive")
    )
    return _ip_config_view(config)


@operation("getIpRestrictionConfig")
def get_ip_restriction_config(ctx: Context) -> dict[str, Any]:
    return _ip_config_view(restrictions.ip_config(ctx.env, _scope(ctx)))


@operation("listIpRestrictions")
def list_ip_restrictions(ctx: Context) -> dict[str, Any]:
    found = restrictions.ip_restrictions(ctx.env, _scope(ctx))
    wanted = str(ctx.query.get("_filter") or "").strip().lower()
    if wanted:
        found = [r for r in found if wanted in r["ip"].lower() or wanted in r.get("description", "").lower()]
    return page([_ip_view(r) for r in found], ctx.query, base=ctx.op.path)


def _upsert_ip(ctx: Context, scope: str | None, b: dict[str, Any]) -> dict[str, Any]:
    description = b.get("description") if isinstance(b.get("description"), str) else None
    return restrictions.upsert_ip_restriction(ctx.env, scope, b["ip"], b["strategy"], b.get("isActive"), description)


@operation("createIpRestriction")
def create_ip_restriction(ctx: Context) -> dict[str, Any]:
    return _ip_view(_upsert_ip(ctx, _scope(ctx), ctx.body))


@operation("createBulkIpRestrictions")
def create_bulk_ip_restrictions(ctx: Context) -> None:
    """createIpRestriction for each entry (@frontegg/rest-api 7.119.0 bulkCreateIPRestriction). The gateway
    has validated every entry against the same schema before this runs, so none is stored unless all
    are valid; an address listed twice ends with its last entry's values, as two creates would."""
    scope = _scope(ctx)
    for entry in ctx.body["ips"]:
        _upsert_ip(ctx, scope, entry)


@operation("deleteIpRestrictionById")
def delete_ip_restriction_by_id(ctx: Context) -> None:
    restrictions.delete_ip_restriction(ctx.env, _scope(ctx), ctx.path["id"])


@operation("testCurrentIp")
def test_current_ip(ctx: Context) -> dict[str, Any]:
    """Would the caller's address pass the IP rules in force (the account's and the environment's)?"""
    return {"valid": restrictions.ip_allowed(ctx.env, ctx.client_ip, _scope(ctx)), "ip": ctx.client_ip}


@operation("testCurrentIpInAllowList")
def test_current_ip_in_allow_list(ctx: Context) -> dict[str, Any]:
    """Is the caller's address inside an active entry of the allow list of this scope?"""
    return {"valid": restrictions.in_list(ctx.env, _scope(ctx), ctx.client_ip, "ALLOW"), "ip": ctx.client_ip}
