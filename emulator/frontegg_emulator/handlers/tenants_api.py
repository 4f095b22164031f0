"""The Tenants API companion (openapi/tenants.yaml), because the Identity API refers to tenants it does
not create. Routed by operationId from its own spec, served under {gateway}/tenants."""

from __future__ import annotations

from typing import Any

from ..domain import tenants, users
from ..domain.model import Environment, Tenant
from .base import Context, Reply, operation

TENANTS_V2 = "/tenants/resources/tenants/v2"


def view(env: Environment, tenant: Tenant) -> dict[str, Any]:
    created = users.iso(tenant.created_at)
    return {
        "id": tenant.id,
        "tenantId": tenant.id,
        "vendorId": env.client_id,
        "name": tenant.name,
        **{name: tenant.profile.get(name) for name in tenants.PROFILE_FIELDS},
        "isReseller": tenant.is_reseller,
        "metadata": tenant.metadata,
        "parentTenantId": tenant.parent_tenant_id,
        "createdAt": created,
        "updatedAt": users.iso(tenant.updated_at) if tenant.updated_at is not None else created,
        "deletedAt": None,
    }


def _tenant(ctx: Context) -> Tenant:
    return users.get_tenant(ctx.env, str(ctx.path["tenantId"]))


@operation("listTenants")
def list_tenants(ctx: Context) -> list[dict[str, Any]]:
    return [view(ctx.env, t) for t in ctx.env.tenants.values()]


@operation("createTenant")
def create_tenant(ctx: Context) -> dict[str, Any]:
    return view(ctx.env, tenants.create(ctx.env, ctx.body))


@operation("getTenant")
def get_tenant(ctx: Context) -> list[dict[str, Any]]:
    # An array of one: rust-frontegg src/client/tenants.rs get_tenant decodes Vec<Tenant> and pops it;
    # terraform-provider-frontegg resource_frontegg_tenant.go reads []fronteggTenant.
    return [view(ctx.env, _tenant(ctx))]


@operation("getTenantV2")
def get_tenant_v2(ctx: Context) -> dict[str, Any]:
    return view(ctx.env, _tenant(ctx))


@operation("updateTenant", "patchTenant", "updateTenantV2")
def update_tenant(ctx: Context) -> dict[str, Any]:
    return view(ctx.env, tenants.update(ctx.env, _tenant(ctx), ctx.body))


@operation("deleteTenant")
def delete_tenant(ctx: Context) -> Reply:
    tenants.delete(ctx.env, _tenant(ctx))
    return Reply(None)


@operation("addTenantMetadata")
def add_tenant_metadata(ctx: Context) -> dict[str, Any]:
    return view(ctx.env, tenants.merge_metadata(ctx.env, _tenant(ctx), ctx.body["metadata"]))


@operation("deleteTenantMetadata")
def delete_tenant_metadata(ctx: Context) -> dict[str, Any]:
    return view(ctx.env, tenants.delete_metadata_key(ctx.env, _tenant(ctx), str(ctx.path["key"])))


@operation("listTenantsV2")
def list_tenants_v2(ctx: Context) -> dict[str, Any]:
    ordered = sorted(ctx.env.tenants.values(), key=lambda t: (t.created_at, t.id))
    return tenants.page([view(ctx.env, t) for t in ordered], ctx.query, TENANTS_V2)
