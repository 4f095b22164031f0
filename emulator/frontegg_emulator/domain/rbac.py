"""Roles, permissions and permission categories. Plain functions over an Environment; no HTTP.

A role is global (``tenant_id`` None) or belongs to one account. Its key is unique among the roles an
account can see: the global ones and its own. Every check runs before anything changes, so a failed
call leaves the environment as it was. Deleting a role or permission also removes every reference to
it (user assignments, groups, API tokens): other records name roles and permissions by id in
``roleIds`` / ``permissionIds`` lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import BadRequest
from . import failures, security
from .model import Category, Environment, Permission, Role, new_id
from .users import iso

ASSIGNMENT_TYPES = ("NEVER", "ALWAYS", "ASSIGNABLE")


# ------------------------------------------------------------------ roles
def visible_roles(env: Environment, tenant_id: str | None) -> list[Role]:
    """The global roles and, for an account, its own."""
    return [r for r in env.roles.values() if r.tenant_id is None or (tenant_id and r.tenant_id == tenant_id)]


def get_role(env: Environment, role_id: str, tenant_id: str | None = None) -> Role:
    """The role, if it exists and (when an account is given) that account can see it."""
    role = env.roles.get(role_id)
    if role is None or (tenant_id and role.tenant_id not in (None, tenant_id)):
        raise failures.RoleNotFound(role_id=role_id)
    return role


def check_role_key(env: Environment, key: str, tenant_id: str | None, exclude: str | None = None) -> None:
    """409 when another role that shares a scope with (key, tenant_id) already uses the key."""
    if not key.strip():
        raise BadRequest("A role key must not be empty")
    for role in env.roles.values():
        if role.id == exclude or role.key != key:
            continue
        if tenant_id is None or role.tenant_id in (None, tenant_id):
            raise failures.RoleKeyTaken(key=key)


def check_permission_ids(env: Environment, permission_ids: Iterable[str]) -> list[str]:
    wanted = list(dict.fromkeys(permission_ids))
    for permission_id in wanted:
        if permission_id not in env.permissions:
            raise failures.PermissionNotFound(permission_id=permission_id)
    return wanted


def create_role(
    env: Environment,
    *,
    key: str,
    name: str,
    level: int,
    tenant_id: str | None,
    is_default: bool = False,
    first_user_role: bool | None = None,
    permission_ids: list[str] | None = None,
    description: str | None = None,
) -> Role:
    """Create one role; callers validate first (check_role_key, check_permission_ids)."""
    at = security.now(env)
    role = Role(
        id=new_id(),
        key=key,
        name=name,
        description=description,
        level=level,
        is_default=is_default,
        tenant_id=tenant_id,
        permission_ids=list(permission_ids or []),
        created_at=at,
        updated_at=at,
    )
    env.roles[role.id] = role
    if first_user_role:
        make_first_user_role(env, role)
    return role


def make_first_user_role(env: Environment, role: Role) -> None:
    """Only one role is given to the first user of a new account: this one, from now on."""
    for other in env.roles.values():
        other.first_user_role = other.id == role.id


def delete_role(env: Environment, role: Role) -> None:
    del env.roles[role.id]
    # Peeked, and only the holders reached: they are all the store compares and writes.
    holders = [k for k, u in env.users.peek().items() if any(role.id in ids for ids in u.roles.values())]
    for user_id in holders:
        user = env.users[user_id]
        for tenant_id, role_ids in user.roles.items():
            if role.id in role_ids:
                user.roles[tenant_id] = [r for r in role_ids if r != role.id]
    _forget(env, "roleIds", role.id)


def role_level(value: Any) -> int:
    number = float(value)
    if not number.is_integer():
        raise BadRequest("level must be a whole number")
    return int(number)


# ------------------------------------------------------------------ permissions
def get_permission(env: Environment, permission_id: str) -> Permission:
    perm = env.permissions.get(permission_id)
    if perm is None:
        raise failures.PermissionNotFound(permission_id=permission_id)
    return perm


def check_permission_key(env: Environment, key: str, exclude: str | None = None) -> None:
    if not key.strip():
        raise BadRequest("A permission key must not be empty")
    if any(p.key == key and p.id != exclude for p in env.permissions.values()):
        raise failures.PermissionKeyTaken(key=key)


def check_category(env: Environment, category_id: str | None) -> None:
    if category_id and category_id not in env.categories:
        raise failures.CategoryNotFound(category_id=category_id)


def check_not_builtin(perm: Permission) -> None:
    if perm.key.startswith("fe."):
        raise failures.BuiltInPermission()


def create_permission(
    env: Environment,
    *,
    key: str,
    name: str,
    category_id: str | None,
    assignment_type: str | None,
    description: str | None = None,
) -> Permission:
    at = security.now(env)
    perm = Permission(new_id(), key, name, description, category_id, assignment_type or "ASSIGNABLE", at, at)
    env.permissions[perm.id] = perm
    return perm


def delete_permission(env: Environment, perm: Permission) -> None:
    del env.permissions[perm.id]
    for role in env.roles.values():
        if perm.id in role.permission_ids:
            role.permission_ids = [p for p in role.permission_ids if p != perm.id]
    _forget(env, "permissionIds", perm.id)


def set_permission_roles(env: Environment, perm: Permission, role_ids: list[str]) -> None:
    """Exactly these roles hold the permission afterwards."""
    wanted = set(role_ids)
    at = security.now(env)
    for role in env.roles.values():
        holds = perm.id in role.permission_ids
        if role.id in wanted and not holds:
            role.permission_ids.append(perm.id)
            role.updated_at = at
        elif role.id not in wanted and holds:
            role.permission_ids = [p for p in role.permission_ids if p != perm.id]
            role.updated_at = at


# ------------------------------------------------------------------ categories
def get_category(env: Environment, category_id: str) -> Category:
    category = env.categories.get(category_id)
    if category is None:
        raise failures.CategoryNotFound(category_id=category_id)
    return category


def is_builtin_category(env: Environment, category: Category) -> bool:
    """Frontegg's own category: it holds Frontegg's built-in (fe.*) permissions."""
    members = [p for p in env.permissions.values() if p.category_id == category.id]
    return bool(members) and all(p.key.startswith("fe.") for p in members)


def delete_category(env: Environment, category: Category) -> None:
    del env.categories[category.id]
    for perm in env.permissions.values():
        if perm.category_id == category.id:
            perm.category_id = None


# ------------------------------------------------------------------ views
def category_view(env: Environment, category: Category) -> dict[str, Any]:
    return {
        "id": category.id,
        "name": category.name,
        "description": category.description or "",
        "createdAt": iso(category.created_at),
        "updatedAt": iso(category.updated_at),
        "feCategory": is_builtin_category(env, category),
    }


# ------------------------------------------------------------------ helpers
def _forget(env: Environment, field: str, value: str) -> None:
    """Remove an id from every stored record that lists ids in this field (groups, API tokens ...)."""
    for records in env.records.values():
        for record in records.values():
            ids = record.get(field)
            if isinstance(ids, list) and value in ids:
                record[field] = [v for v in ids if v != value]
