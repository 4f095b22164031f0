"""User groups of an account: CRUD, members, roles, configuration; the groups of given users."""

from __future__ import annotations

from typing import Any

from ..domain import access, groups, policies, rbac, security, users
from ..domain.model import new_id
from ..domain.paging import page
from ..errors import BadRequest
from .base import Context, operation


def _relations(ctx: Context) -> str:
    return str(ctx.query.get("_groupsRelations", "rolesAndUsers"))


GROUPS_DEFAULTS = {"enabled": True, "rolesEnabled": True}


def _config(ctx: Context) -> dict[str, Any]:
    doc = policies.effective(ctx.env, "groups", GROUPS_DEFAULTS, ctx.tenant_id(required=False))
    return {k: doc[k] for k in GROUPS_DEFAULTS}


@operation("listGroups")
def list_groups(ctx: Context) -> dict[str, Any]:
    found = groups.account_groups(ctx.env, ctx.account_id())
    return {"groups": [groups.group_view(ctx.env, g, _relations(ctx)) for g in found]}


@operation("listGroupsV2")
def list_groups_v2(ctx: Context) -> dict[str, Any]:
    views = [groups.group_view(ctx.env, g, _relations(ctx)) for g in groups.account_groups(ctx.env, ctx.account_id())]
    return page(views, ctx.query, default_sort="createdAt", base=ctx.op.path)


@operation("getGroupsByIds")
def get_groups_by_ids(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.account_id()
    wanted = dict.fromkeys(ctx.body["groupsIds"])
    found = [g for g in (groups.all_groups(ctx.env).get(i) for i in wanted) if g and g["tenantId"] == tenant_id]
    return {"groups": [groups.group_view(ctx.env, g, _relations(ctx)) for g in found]}


@operation("getGroupById")
def get_group_by_id(ctx: Context) -> dict[str, Any]:
    group = groups.get_group(ctx.env, ctx.path["id"], ctx.account_id())
    return groups.group_view(ctx.env, group, _relations(ctx))


@operation("createGroup")
def create_group(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.account_id()
    b = ctx.body
    if not b["name"].strip():
        raise BadRequest("A group name must not be empty")
    groups.check_name(ctx.env, tenant_id, b["name"])
    at = security.now(ctx.env)
    group = {
        "id": new_id(),
        "tenantId": tenant_id,
        "name": b["name"],
        "color": b.get("color", ""),
        "description": b.get("description", ""),
        "metadata": b.get("metadata", "{}"),
        "roleIds": [],
        "userIds": [],
        "managedBy": "frontegg",
        "createdAt": at,
        "updatedAt": at,
    }
    groups.all_groups(ctx.env)[group["id"]] = group
    return groups.group_view(ctx.env, group)


@operation("updateGroup")
def update_group(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.account_id()
    group = groups.get_group(ctx.env, ctx.path["id"], tenant_id)
    b = ctx.body
    if "name" in b:
        if not b["name"].strip():
            raise BadRequest("A group name must not be empty")
        groups.check_name(ctx.env, tenant_id, b["name"], exclude=group["id"])
    for field in ("name", "color", "description", "metadata"):
        if field in b:
            group[field] = b[field]
    group["updatedAt"] = security.now(ctx.env)
    return groups.group_view(ctx.env, group)


@operation("deleteGroup")
def delete_group(ctx: Context) -> None:
    group = groups.get_group(ctx.env, ctx.path["id"], ctx.account_id())
    del groups.all_groups(ctx.env)[group["id"]]


@operation("addRolesToGroup")
def add_roles_to_group(ctx: Context) -> None:
    tenant_id = ctx.account_id()
    group = groups.get_group(ctx.env, ctx.path["groupId"], tenant_id)
    if not _config(ctx)["rolesEnabled"]:
        raise BadRequest("Roles on groups are turned off for this environment")
    role_ids = list(dict.fromkeys(ctx.body["roleIds"]))
    for role_id in role_ids:
        rbac.get_role(ctx.env, role_id, tenant_id)
    access.check_grant(ctx.env, ctx.principal, role_ids, tenant_id)
    group["roleIds"].extend(r for r in role_ids if r not in group["roleIds"])
    group["updatedAt"] = security.now(ctx.env)


@operation("removeRolesFromGroup")
def remove_roles_from_group(ctx: Context) -> None:
    group = groups.get_group(ctx.env, ctx.path["groupId"], ctx.account_id())
    remove = set(ctx.body["roleIds"])
    group["roleIds"] = [r for r in group["roleIds"] if r not in remove]
    group["updatedAt"] = security.now(ctx.env)


@operation("addUsersToGroup")
def add_users_to_group(ctx: Context) -> None:
    tenant_id = ctx.account_id()
    group = groups.get_group(ctx.env, ctx.path["groupId"], tenant_id)
    user_ids = list(dict.fromkeys(ctx.body["userIds"]))
    for user_id in user_ids:
        users.user_in_tenant(ctx.env, user_id, tenant_id)
    access.check_grant(ctx.env, ctx.principal, group["roleIds"], tenant_id)  # members hold the group's roles
    group["userIds"].extend(u for u in user_ids if u not in group["userIds"])
    group["updatedAt"] = security.now(ctx.env)


@operation("removeUsersFromGroup")
def remove_users_from_group(ctx: Context) -> None:
    group = groups.get_group(ctx.env, ctx.path["groupId"], ctx.account_id())
    remove = set(ctx.body["userIds"])
    group["userIds"] = [u for u in group["userIds"] if u not in remove]
    group["updatedAt"] = security.now(ctx.env)


@operation("getGroupsConfiguration")
def get_groups_configuration(ctx: Context) -> dict[str, Any]:
    return _config(ctx)


@operation("createOrUpdateGroupsConfiguration")
def create_or_update_groups_configuration(ctx: Context) -> dict[str, Any]:
    # A user token writes its own account's configuration (issue 14, finding 3: it wrote the
    # environment's, which every account then used). @frontegg/rest-api 7.119.0 posts this from the
    # browser (groups/index.js, urls.identity.groups.configurations.v1), so account admins may.
    values = {k: ctx.body.get(k, True) for k in GROUPS_DEFAULTS}
    policies.save(ctx.env, "groups", GROUPS_DEFAULTS, values, ctx.tenant_id(required=False))
    return _config(ctx)  # updateGroupConfiguration resolves to IGroupConfigResponse


@operation("getUsersGroups")
def get_users_groups(ctx: Context) -> list[dict[str, Any]]:
    """One entry per requested user of the account: the ids of its groups there."""
    members = users.requested_members(ctx.env, ctx.query["ids"], ctx.tenant_id(required=False))
    return [
        {
            "userId": user.id,
            "tenantId": account,
            "vendorId": ctx.env.client_id,
            "groupIds": groups.user_group_ids(ctx.env, user.id, account),
        }
        for user, account in members
    ]
