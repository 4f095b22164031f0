"""Less common user operations: temporary users, disabled memberships, moving accounts' users, roles
across every account of a user, unlocking by emailed token, authorization and account hierarchy views.
Plain functions over an Environment; no HTTP.
"""

from __future__ import annotations

from typing import Any

from . import codes, defaults, failures, groups, invitations, security, users
from .model import Environment, User, new_id

UNLOCK_TTL = defaults.UNLOCK_TTL
BULK_ROLES_TASKS = "bulkRolesTasks"


# ------------------------------------------------------------------ temporary users
def set_time_limit(env: Environment, user: User, seconds: float) -> None:
    user.temporary_until = security.now(env) + security.clamp_seconds(seconds)


def set_permanent(user: User) -> None:
    user.temporary_until = None


def expired(env: Environment, user: User) -> bool:
    """A temporary user past its time limit (logins and tokens should stop working)."""
    return user.temporary_until is not None and user.temporary_until <= security.now(env)


# ------------------------------------------------------------------ memberships
def end_sessions(env: Environment, user: User, tenant_id: str | None = None) -> None:
    users.end_sessions(env, user.id, tenant_id)


def set_disabled(env: Environment, user: User, tenant_id: str, disabled: bool) -> None:
    if tenant_id not in user.tenant_ids:
        raise failures.NotAMember()
    if disabled:
        if tenant_id not in user.disabled_tenants:
            user.disabled_tenants.append(tenant_id)
        end_sessions(env, user, tenant_id)
    elif tenant_id in user.disabled_tenants:
        user.disabled_tenants.remove(tenant_id)


def move_all_users(env: Environment, source_id: str, target_id: str) -> int:
    """Make every member of one account a member of another instead; how many users moved."""
    users.get_tenant(env, source_id)
    users.get_tenant(env, target_id)
    if source_id == target_id:
        return 0
    moved = 0
    members = [k for k, u in env.users.peek().items() if source_id in u.tenant_ids]  # only these reached
    for user in (env.users[k] for k in members):
        moved += 1
        roles = user.roles.pop(source_id, [])
        # Account-specific roles of the source account mean nothing in the target account.
        kept = [r for r in roles if r in env.roles and env.roles[r].tenant_id in (None, target_id)]
        if target_id in user.tenant_ids:
            user.tenant_ids.remove(source_id)
            current = user.roles.setdefault(target_id, [])
            current.extend(r for r in kept if r not in current)
        else:
            user.tenant_ids[user.tenant_ids.index(source_id)] = target_id
            user.roles[target_id] = kept
        if source_id in user.disabled_tenants:
            user.disabled_tenants.remove(source_id)
        invitations.move_pending(env, user, source_id, target_id)
        if user.tenant_id == source_id:
            user.tenant_id = target_id
        for session in env.sessions.of_user(user.id):
            if session.tenant_id == source_id:
                env.sessions[session.id].tenant_id = target_id
    return moved


# ------------------------------------------------------------------ roles across accounts
def bulk_update_roles(
    env: Environment, user: User, add: list[str], remove: list[str], tenant_ids: list[str] | None
) -> dict[str, Any]:
    """Add and remove roles in every account of the user (or the given ones); a task records the outcome.

    Unknown roles fail the whole request (404) before anything changes; a role that belongs to another
    account, or an account the user is not in, is an error of that account only.
    """
    for role_id in [*add, *remove]:
        if role_id not in env.roles:
            raise failures.RoleNotFound(role_id=role_id)
    targets = list(dict.fromkeys(tenant_ids)) if tenant_ids else list(user.tenant_ids)
    errors: list[dict[str, Any]] = []
    added: set[str] = set()
    removed: set[str] = set()
    processed = 0
    for tenant_id in targets:
        if tenant_id not in user.tenant_ids:
            errors.append({"message": "The user does not belong to this account", "tenantId": tenant_id})
            continue
        foreign = [r for r in add if env.roles[r].tenant_id not in (None, tenant_id)]
        if foreign:
            errors.append(
                {
                    "message": "Roles of another account were skipped",
                    "tenantId": tenant_id,
                    "details": ",".join(foreign),
                }
            )
        current = user.roles.setdefault(tenant_id, [])
        for role_id in add:
            if role_id not in foreign and role_id not in current:
                current.append(role_id)
                added.add(role_id)
        for role_id in remove:
            if role_id in current:
                current.remove(role_id)
                removed.add(role_id)
        processed += 1
    at = security.now(env)
    task: dict[str, Any] = {
        "id": new_id(),
        "userId": user.id,
        "totalTenants": len(targets),
        "processedTenants": processed,
        "addedRoleIds": sorted(added),
        "removedRoleIds": sorted(removed),
        "errors": errors,
        "createdAt": at,
    }
    env.collection(BULK_ROLES_TASKS)[task["id"]] = task
    return task


def bulk_roles_task_view(env: Environment, task_id: str) -> dict[str, Any]:
    task = env.collection(BULK_ROLES_TASKS).get(task_id)
    if task is None:
        raise failures.BulkRolesTaskNotFound()
    return {
        "id": task["id"],
        "userId": task["userId"],
        "status": "CompletedWithErrors" if task["errors"] else "Completed",
        "totalTenants": task["totalTenants"],
        "processedTenants": task["processedTenants"],
        "addedRoleIds": list(task["addedRoleIds"]),
        "removedRoleIds": list(task["removedRoleIds"]),
        "errors": [dict(e) for e in task["errors"]],
    }


# ------------------------------------------------------------------ unlock by emailed token
def send_unlock_email(env: Environment, user: User, app_url: str = "") -> str:
    """Email a locked-out user a link to unlock itself; returns the token (the lockout should call this)."""
    token = codes.new_step(env, "unlock", user.id, UNLOCK_TTL)
    link = f"{app_url}/account/unlock?token={token}"
    codes.outbox(env, "email", user.email, "unlock", user.id, token=token, link=link)
    return token


def unlock_with_token(env: Environment, token: str) -> User:
    challenge = codes.take_challenge(env, token, "unlock")
    user = users.get_user(env, challenge.user_id)
    user.locked = False
    user.failed_logins = 0
    codes.finish(env, challenge)
    return user


# ------------------------------------------------------------------ views
def authorization(env: Environment, user: User, tenant_id: str) -> dict[str, Any]:
    """Roles (own and through groups) and their permissions in one account."""
    role_ids = dict.fromkeys([*user.roles.get(tenant_id, []), *groups.member_role_ids(env, user.id, tenant_id)])
    roles = [env.roles[r] for r in role_ids if r in env.roles]
    permission_ids = sorted({p for role in roles for p in role.permission_ids if p in env.permissions})
    by_permission = users.roles_by_permission(env)
    return {
        "roles": [users.role_view(env, r) for r in roles],
        "permissions": [users.permission_view(env, p, by_permission) for p in permission_ids],
    }


def tenants_hierarchy(env: Environment, user: User) -> list[dict[str, Any]]:
    """The user's accounts as trees: an account below another of its accounts is nested under it; with
    sub-account access every sub-account of its accounts is shown too (``isMember`` tells them apart)."""
    mine = [t for t in user.tenant_ids if t in env.tenants]

    def ancestors(tenant_id: str) -> list[str]:
        found: list[str] = []
        parent = env.tenants[tenant_id].parent_tenant_id
        while parent and parent in env.tenants and parent not in found and parent != tenant_id:
            found.append(parent)
            parent = env.tenants[parent].parent_tenant_id
        return found

    visible = set(mine)
    for tenant_id in mine:
        path: list[str] = []
        for ancestor in ancestors(tenant_id):
            if ancestor in mine:
                visible.update(path)  # the accounts between two of the user's accounts
                break
            path.append(ancestor)

    def node(tenant_id: str, seen: frozenset[str]) -> dict[str, Any]:
        tenant = env.tenants[tenant_id]
        seen = seen | {tenant_id}
        children = [
            t.id
            for t in env.tenants.values()
            if t.parent_tenant_id == tenant_id and t.id not in seen and (user.sub_account_access or t.id in visible)
        ]
        return {
            "tenantId": tenant.id,
            "name": tenant.name,
            "parentTenantId": tenant.parent_tenant_id,
            "isMember": tenant.id in mine,
            "children": [node(c, seen) for c in children],
        }

    roots = [t for t in mine if not set(ancestors(t)) & set(mine)]
    return [node(t, frozenset()) for t in roots]
