"""User groups of an account: members, roles given to every member, and their JSON views. No HTTP.

A group is a record in ``env.collection("groups")``: ``{id, tenantId, name, color, description,
metadata, roleIds, userIds, managedBy, createdAt, updatedAt}`` (times as epoch seconds). A member holds
the group's roles in the group's account on top of its own (see ``access.user_permissions``).
"""

from __future__ import annotations

from typing import Any

from . import failures
from .model import Environment
from .users import iso, role_view

GROUPS = "groups"
RELATIONS = ("roles", "users", "rolesAndUsers")


def all_groups(env: Environment) -> dict[str, dict[str, Any]]:
    return env.collection(GROUPS)


def account_groups(env: Environment, tenant_id: str) -> list[dict[str, Any]]:
    return [g for g in all_groups(env).values() if g["tenantId"] == tenant_id]


def get_group(env: Environment, group_id: str, tenant_id: str) -> dict[str, Any]:
    group = all_groups(env).get(group_id)
    if group is None or group["tenantId"] != tenant_id:
        raise failures.GroupNotFound(group_id=group_id)
    return group


def check_name(env: Environment, tenant_id: str, name: str, exclude: str | None = None) -> None:
    wanted = name.strip().lower()
    for group in account_groups(env, tenant_id):
        if group["id"] != exclude and group["name"].strip().lower() == wanted:
            raise failures.GroupNameTaken(name=name)


def member_role_ids(env: Environment, user_id: str, tenant_id: str) -> list[str]:
    """Role ids a user holds in an account through the groups it belongs to there."""
    ids = [r for g in account_groups(env, tenant_id) if user_id in g["userIds"] for r in g["roleIds"]]
    return list(dict.fromkeys(ids))


def user_group_ids(env: Environment, user_id: str, tenant_id: str) -> list[str]:
    return [g["id"] for g in account_groups(env, tenant_id) if user_id in g["userIds"]]


def group_view(env: Environment, group: dict[str, Any], relations: str | None = "rolesAndUsers") -> dict[str, Any]:
    roles: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    if relations in ("roles", "rolesAndUsers"):
        for role_id in group["roleIds"]:
            if role_id in env.roles:
                view = role_view(env, env.roles[role_id])
                view.pop("permissions")
                roles.append(view)
    if relations in ("users", "rolesAndUsers"):
        for user_id in group["userIds"]:
            user = env.users.get(user_id)
            if user is None or group["tenantId"] not in user.tenant_ids:
                continue
            members.append(
                {
                    "id": user.id,
                    "email": user.email,
                    "name": user.name,
                    "profilePictureUrl": user.profile_picture_url or "",
                    "createdAt": iso(user.created_at),
                    "activatedForTenant": user.activated,
                }
            )
    return {
        "id": group["id"],
        "name": group["name"],
        "color": group["color"],
        "description": group["description"],
        "metadata": group["metadata"],
        "roles": roles,
        "users": members,
        "managedBy": group.get("managedBy", "frontegg"),
        "createdAt": iso(group["createdAt"]),
        "updatedAt": iso(group["updatedAt"]),
    }
