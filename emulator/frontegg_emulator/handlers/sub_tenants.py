"""Users of an account and of the accounts beneath it (sub-accounts), managed from the parent account,
and the user counts of accounts (openapi/identity-unpublished.yaml; @frontegg/rest-api 7.119.0
sub-tenants/index.js and tenants/index.js getTenantsUsersCount).

A call acts from one account, the root: a user token's own account, or the frontegg-tenant-id header
with an environment token. It reaches the root's sub-accounts only when the caller may: an environment
token always, a user only with sub-account access (setUserRolesFromSubTenants turns it on, as
user_extras.tenants_hierarchy reads it); anything else reaches the root alone. An account outside that
reach is refused (403), one that does not exist is not found (404). Role grants are measured against
the caller's own roles in the root, where it holds them (access.check_grant).
"""

from __future__ import annotations

from typing import Any

from ..domain import access, restrictions, tenants, users
from ..domain.model import User
from ..domain.paging import page
from ..errors import BadRequest, Conflict, Forbidden, NotFound
from .base import Context, operation


def reach(ctx: Context, root: str) -> set[str]:
    """The accounts a caller acting from ``root`` may act in: the root, and its sub-accounts when allowed."""
    principal = ctx.principal
    if principal is not None and principal.kind == access.USER:
        user = ctx.env.users.get(principal.user_id or "")
        if user is None or not user.sub_account_access:
            return {root}
    return tenants.within(ctx.env, root)


def _scope(ctx: Context) -> tuple[str, set[str]]:
    root = ctx.account_id()
    return root, reach(ctx, root)


def check_reachable(ctx: Context, reachable: set[str], tenant_id: str) -> None:
    if tenant_id not in ctx.env.tenants:
        raise NotFound("Tenant not found", code="ER-01011")
    if tenant_id not in reachable:
        raise Forbidden("This account is outside the caller's account hierarchy", code="ER-01004")


def _member(ctx: Context, user_id: str, tenant_id: str) -> User:
    return users.user_in_tenant(ctx.env, user_id, tenant_id)


def _roles_of(ctx: Context, root: str, tenant_id: str, role_ids: list[str] | None) -> list[str] | None:
    """The roles asked for in one account, resolved there and no stronger than the caller's own."""
    if not role_ids:
        return None
    resolved = users.resolve_roles(ctx.env, role_ids, tenant_id)
    access.check_grant(ctx.env, ctx.principal, resolved, root)
    return resolved


def _by_account(items: list[dict[str, Any]]) -> dict[str, list[str] | None]:
    """The accounts a request lists, in order, each with the union of the roleIds its entries give
    (None when none gives any). An account listed twice is one account: the schema cannot forbid
    repeating an item's tenantId, and the union is what the two entries ask for together (the contract
    suite's positive_data_acceptance sent such schema-valid bodies and got a 400)."""
    merged: dict[str, list[str] | None] = {}
    for item in items:
        given = item.get("roleIds") or []
        known = merged.setdefault(item["tenantId"], None)
        if given:
            merged[item["tenantId"]] = list(dict.fromkeys([*(known or []), *given]))
    return merged


def _email(ctx: Context, raw: str, tenant_ids: list[str]) -> str:
    email = raw.strip()
    if not email:
        raise BadRequest("email must not be empty")
    for tenant_id in tenant_ids:
        restrictions.check_email_domain(ctx.env, email, tenant_id)
    return email


def _add(ctx: Context, email: str, name: str | None, memberships: list[tuple[str, list[str] | None]]) -> User:
    """Add the user with this email to each account, inviting it (activation email) when new."""
    user = users.find_by_email(ctx.env, email)
    if user is not None:
        taken = [t for t, _ in memberships if t in user.tenant_ids]
        if taken:
            raise Conflict("The user already belongs to this account", code="ER-01013")
    else:
        first, first_roles = memberships[0]
        user = users.create_user(
            ctx.env, email=email, tenant_id=first, name=name, role_ids=first_roles, activated=False, verified=False
        )
        users.start_activation(ctx.env, user, ctx.app_url)
        memberships = memberships[1:]
    for tenant_id, role_ids in memberships:
        users.join_account(ctx.env, user, tenant_id, role_ids)
    return user


# ------------------------------------------------------------------ listing
def _tenant_view(ctx: Context, user: User, tenant_id: str, by_permission: dict[str, list[str]]) -> dict[str, Any]:
    roles = users.user_roles(ctx.env, user, tenant_id)
    permission_ids = sorted({p for role in roles for p in role.permission_ids if p in ctx.env.permissions})
    return {
        "tenantId": tenant_id,
        "roles": [users.role_view(ctx.env, r) for r in roles],
        "permissions": [users.permission_view(ctx.env, p, by_permission) for p in permission_ids],
        "activated": user.activated and tenant_id not in user.disabled_tenants,
        "lastLogin": users.iso(user.last_login),
    }


def _sub_tenant_user_view(ctx: Context, user: User, reachable: set[str]) -> dict[str, Any]:
    # Only the accounts within the caller's reach: the user's others are none of its business.
    mine = [t for t in user.tenant_ids if t in reachable]
    by_permission = users.roles_by_permission(ctx.env)
    view: dict[str, Any] = {
        "id": user.id,
        "sub": user.id,
        "email": user.email,
        "verified": user.verified,
        "mfaEnrolled": bool(user.mfa_devices),
        "name": user.name,
        "profilePictureUrl": user.profile_picture_url or "",
        "provider": user.provider,
        "tenantId": user.tenant_id if user.tenant_id in reachable else mine[0],
        "tenantIds": mine,
        "isLocked": user.locked,
        "tenants": [_tenant_view(ctx, user, t, by_permission) for t in mine],
        "invisible": user.invisible,
        "superUser": user.super_user,
        "subAccountAccessAllowed": user.sub_account_access,
        "metadata": user.metadata or "{}",
        "createdAt": users.iso(user.created_at),
    }
    if user.phone_number:
        view["phoneNumber"] = user.phone_number
    return view


@operation("listSubTenantsUsers")
def list_sub_tenants_users(ctx: Context) -> dict[str, Any]:
    _, reachable = _scope(ctx)
    found = [u for u in ctx.env.users.peek().values() if reachable.intersection(u.tenant_ids)]
    needle = str(ctx.query.get("_filter") or "").strip().lower()
    if needle:
        found = [u for u in found if needle in u.name.lower() or needle in u.email.lower()]
    views = [_sub_tenant_user_view(ctx, u, reachable) for u in found]
    return page(views, ctx.query, default_sort="createdAt", base=ctx.op.path)


# ------------------------------------------------------------------ memberships
@operation("addUserToTenantAndSubTenants")
def add_user_to_tenant_and_sub_tenants(ctx: Context) -> None:
    root, reachable = _scope(ctx)
    wanted = _by_account(ctx.body["subTenants"])
    tenant_ids = list(wanted)
    for tenant_id in tenant_ids:
        check_reachable(ctx, reachable, tenant_id)
    # Everything is checked before anything changes: a refused role or address adds the user nowhere.
    memberships = [(tenant_id, _roles_of(ctx, root, tenant_id, role_ids)) for tenant_id, role_ids in wanted.items()]
    email = _email(ctx, ctx.body["user"]["email"], tenant_ids)
    _add(ctx, email, ctx.body["user"].get("name"), memberships)


@operation("addUsersToSubTenant")
def add_users_to_sub_tenant(ctx: Context) -> None:
    root, reachable = _scope(ctx)
    b = ctx.body
    tenant_id = b["tenantId"]
    check_reachable(ctx, reachable, tenant_id)
    role_ids = _roles_of(ctx, root, tenant_id, b.get("roleIds"))
    invites = [(_email(ctx, item["email"], [tenant_id]), item.get("name")) for item in b["users"]]
    emails = [e.lower() for e, _ in invites]
    if len(set(emails)) != len(emails):
        raise BadRequest("Each email may be listed once")
    for email, _ in invites:
        existing = users.find_by_email(ctx.env, email)
        if existing is not None and tenant_id in existing.tenant_ids:
            raise Conflict(f"{email} already belongs to this account", code="ER-01013")
    for email, name in invites:
        user = _add(ctx, email, name, [(tenant_id, role_ids)])
        if b.get("allowSubAccountAccess"):
            user.sub_account_access = True


@operation("removeUserFromTenantAndSubTenants")
def remove_user_from_tenant_and_sub_tenants(ctx: Context) -> None:
    _, reachable = _scope(ctx)
    tenant_ids = list(dict.fromkeys(item["tenantId"] for item in ctx.body["subTenants"]))
    for tenant_id in tenant_ids:
        check_reachable(ctx, reachable, tenant_id)
    user_id = ctx.body["userId"]
    user = users.get_user(ctx.env, user_id)
    for tenant_id in tenant_ids:
        _member(ctx, user_id, tenant_id)
    for tenant_id in tenant_ids:
        # leave_account deletes a user left in no account, as removeUserFromTenant does.
        users.leave_account(ctx.env, user, tenant_id)


# ------------------------------------------------------------------ roles per account
def _role_changes(ctx: Context, *, granting: bool) -> list[tuple[User, str, list[str]]]:
    root, reachable = _scope(ctx)
    changes = []
    for tenant_id, asked in _by_account(ctx.body["subTenantsRoles"]).items():
        check_reachable(ctx, reachable, tenant_id)
        user = _member(ctx, ctx.path["userId"], tenant_id)
        role_ids = users.resolve_roles(ctx.env, asked or [], tenant_id)
        if granting:
            access.check_grant(ctx.env, ctx.principal, role_ids, root)
        changes.append((user, tenant_id, role_ids))
    return changes


@operation("addUserRolesForSubTenants")
def add_user_roles_for_sub_tenants(ctx: Context) -> None:
    for user, tenant_id, role_ids in _role_changes(ctx, granting=True):
        current = user.roles.setdefault(tenant_id, [])
        current.extend(r for r in role_ids if r not in current)


@operation("setUserRolesForSubTenants")
def set_user_roles_for_sub_tenants(ctx: Context) -> None:
    for user, tenant_id, role_ids in _role_changes(ctx, granting=True):
        user.roles[tenant_id] = role_ids


@operation("removeUserRolesFromSubTenants")
def remove_user_roles_from_sub_tenants(ctx: Context) -> None:
    for user, tenant_id, role_ids in _role_changes(ctx, granting=False):
        user.roles[tenant_id] = [r for r in user.roles.get(tenant_id, []) if r not in role_ids]


# ------------------------------------------------------------------ counts
@operation("getTenantsUsersCount")
def get_tenants_users_count(ctx: Context) -> list[dict[str, Any]]:
    """Members per account. An environment token without an account header counts in any account; every
    other caller only within its reach. excludeInvisibleUsers leaves out invisible users (the admin
    portal always sends it, redux-store 7.119.0 auth/MSP/actions.js)."""
    root = ctx.tenant_id(required=False)
    if root is None and ctx.principal is not None and ctx.principal.kind != access.ENVIRONMENT:
        raise Forbidden("Tenant ID is not specified", code="ER-01011")
    reachable = set(ctx.env.tenants) if root is None else reach(ctx, root)
    tenant_ids = list(dict.fromkeys(ctx.body["tenantIds"]))
    for tenant_id in tenant_ids:
        check_reachable(ctx, reachable, tenant_id)
    visible = [u for u in ctx.env.users.peek().values() if not (ctx.body.get("excludeInvisibleUsers") and u.invisible)]
    out = []
    for tenant_id in tenant_ids:
        members = [u for u in visible if tenant_id in u.tenant_ids]
        out.append(
            {
                "tenantId": tenant_id,
                "totalUsers": len(members),
                "totalAccessAllowedUsers": sum(1 for u in members if u.sub_account_access),
            }
        )
    return out
