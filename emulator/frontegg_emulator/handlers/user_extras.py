"""Less common user operations: temporary users, memberships turned off and on, statuses per account,
sub-account access, unlock by emailed token, the caller's authorization and account hierarchy,
invisible and super-user modes, moving an account's users, and roles across all accounts of a user."""

from __future__ import annotations

from typing import Any

from ..domain import invitations, user_extras, users
from ..domain.model import User
from ..errors import NotFound
from .base import Context, operation
from .user_emails import scoped_user


# ------------------------------------------------------------------ temporary users
@operation("editTimeLimit")
def edit_time_limit(ctx: Context) -> dict[str, Any]:
    user = scoped_user(ctx, ctx.path["userId"])
    user_extras.set_time_limit(ctx.env, user, ctx.body["expirationInSeconds"])
    return {"expirationInSeconds": ctx.body["expirationInSeconds"]}


@operation("setUserPermanent")
def set_user_permanent(ctx: Context) -> None:
    user_extras.set_permanent(scoped_user(ctx, ctx.path["userId"]))


# ------------------------------------------------------------------ memberships
def _membership(ctx: Context) -> tuple[User, str]:
    tenant_id = ctx.tenant_id(required=False)
    user = users.user_in_tenant(ctx.env, ctx.path["userId"], tenant_id)
    return user, tenant_id or user.tenant_id


@operation("disableUserTenant")
def disable_user_tenant(ctx: Context) -> None:
    user, tenant_id = _membership(ctx)
    user_extras.set_disabled(ctx.env, user, tenant_id, True)


@operation("enableUserTenant")
def enable_user_tenant(ctx: Context) -> None:
    user, tenant_id = _membership(ctx)
    user_extras.set_disabled(ctx.env, user, tenant_id, False)


@operation("getUserTenantStatuses")
def get_user_tenant_statuses(ctx: Context) -> dict[str, Any]:
    """Statuses of the first known user of ``userIds`` (the spec declares one UserTenantStatusesResponse)."""
    wanted = set(ctx.query.get("userTenantStatuses") or [])
    for user_id in ctx.query["userIds"]:
        user = ctx.env.users.get(user_id)
        if user is None:
            continue
        statuses = [
            {"tenantId": t, "status": invitations.tenant_status(ctx.env, user, t)}
            for t in user.tenant_ids
            if t in ctx.env.tenants
        ]
        if wanted:
            statuses = [s for s in statuses if s["status"] in wanted]
        return {"userId": user.id, "tenantsStatuses": statuses}
    raise NotFound("None of these users exists", code="ER-01001")


@operation("setUserRolesFromSubTenants")
def set_user_roles_from_sub_tenants(ctx: Context) -> None:
    scoped_user(ctx, ctx.path["userId"]).sub_account_access = ctx.body["allowAccess"]


@operation("moveAllUsersTenants")
def move_all_users_tenants(ctx: Context) -> None:
    user_extras.move_all_users(ctx.env, ctx.body["srcTenantId"], ctx.body["targetTenantId"])


# ------------------------------------------------------------------ the caller itself
@operation("unlockMe")
def unlock_me(ctx: Context) -> None:
    user_extras.unlock_with_token(ctx.env, ctx.body["token"])


@operation("getMeAuthorization")
def get_me_authorization(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    return user_extras.authorization(ctx.env, user, ctx.tenant_id(required=False) or user.tenant_id)


@operation("getUserTenantsHierarchy")
def get_user_tenants_hierarchy(ctx: Context) -> dict[str, Any]:
    return {"tenants": user_extras.tenants_hierarchy(ctx.env, ctx.acting_user())}


# ------------------------------------------------------------------ environment-only switches
@operation("setUserInvisibleMode")
def set_user_invisible_mode(ctx: Context) -> dict[str, Any]:
    user = users.get_user(ctx.env, ctx.path["userId"])
    user.invisible = ctx.body["invisible"]
    return users.user_view(ctx.env, user)


@operation("setUserSuperuserMode")
def set_user_superuser_mode(ctx: Context) -> dict[str, Any]:
    user = users.get_user(ctx.env, ctx.path["userId"])
    user.super_user = ctx.body["superUser"]
    return users.user_view(ctx.env, user)


@operation("bulkUpdateRolesAcrossAllTenants")
def bulk_update_roles_across_all_tenants(ctx: Context) -> dict[str, Any]:
    user = users.get_user(ctx.env, ctx.path["userId"])
    b = ctx.body
    task = user_extras.bulk_update_roles(
        ctx.env, user, b.get("addRoleIds") or [], b.get("removeRoleIds") or [], b.get("tenantIds")
    )
    return {
        "userId": user.id,
        "affectedTenants": task["processedTenants"],
        "rolesAdded": task["addedRoleIds"],
        "rolesRemoved": task["removedRoleIds"],
        # Not in the spec's response: the task whose status getBulkRolesTaskStatus reports.
        "taskId": task["id"],
    }


@operation("getBulkRolesTaskStatus")
def get_bulk_roles_task_status(ctx: Context) -> dict[str, Any]:
    return user_extras.bulk_roles_task_view(ctx.env, ctx.path["taskId"])
