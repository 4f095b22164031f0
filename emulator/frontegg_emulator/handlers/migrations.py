"""Data migration: one user with a password hash, bulk migrations and their status, and Auth0.

What the hash types mean and how bulk migrations progress is in domain/migrations.py.
"""

from __future__ import annotations

from typing import Any

from ..domain import migrations, users
from .base import Context, Reply, operation


@operation("migrateUser")
def migrate_user(ctx: Context) -> dict[str, Any]:
    user = migrations.migrate_user(ctx.env, ctx.body)
    view = users.user_view(ctx.env, user, user.tenant_id)
    extras = migrations.user_extras(ctx.env, user.id)
    for key in ("externalId", "vendorMetadata"):
        if key in extras:
            view[key] = extras[key]
    return view


@operation("bulkMigrateUsers")
def bulk_migrate_users(ctx: Context) -> dict[str, Any]:
    migration = migrations.start_bulk(ctx.env, ctx.body["users"], version=1)
    return {"migrationId": migration["id"]}


@operation("bulkMigrateUsersV2")
def bulk_migrate_users_v2(ctx: Context) -> dict[str, Any]:
    migration = migrations.start_bulk(ctx.env, ctx.body["users"], version=2)
    return {"migrationId": migration["id"]}


@operation("getBulkMigrationStatus")
def get_bulk_migration_status(ctx: Context) -> dict[str, Any]:
    migration = migrations.get_bulk(ctx.env, ctx.path["migrationId"])
    migrations.advance(ctx.env, migration)
    return migrations.bulk_view(migration)


@operation("migrateUserFromAuth0")
def migrate_user_from_auth0(ctx: Context) -> Reply:
    """The emulator cannot reach Auth0: the migration is recorded and completes with no users.

    Its id is answered so callers can follow it like a bulk migration; the Auth0 secret is not kept.
    """
    migration = migrations.start_bulk(ctx.env, [], version=1, source="auth0")
    migration["auth0"] = {
        "domain": ctx.body["domain"],
        "clientId": ctx.body["clientId"],
        "tenantIdFieldName": ctx.body["tenantIdFieldName"],
        "isTenantIdOnUserMetadata": bool(ctx.body.get("isTenantIdOnUserMetadata", False)),
    }
    return Reply({"migrationId": migration["id"]})
