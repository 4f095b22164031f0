"""Roles, permissions and permission categories (environment), account roles (self-service), users' roles."""

from __future__ import annotations

from typing import Any

from ..domain import access, rbac, security, users
from ..domain.model import Category, Role, new_id
from ..domain.paging import page
from ..errors import BadRequest, Conflict, Forbidden
from .base import Context, operation


def _role_views(ctx: Context, roles: list[Role]) -> list[dict[str, Any]]:
    return [users.role_view(ctx.env, r) for r in roles]


# ------------------------------------------------------------------ roles (environment)
@operation("listRoles")
def list_roles(ctx: Context) -> list[dict[str, Any]]:
    return _role_views(ctx, rbac.visible_roles(ctx.env, ctx.tenant_id(required=False)))


@operation("addRoles")
def add_roles(ctx: Context) -> list[dict[str, Any]]:
    tenant_id = ctx.tenant_id(required=False)
    seen: set[str] = set()
    levels = []
    for item in ctx.body:
        rbac.check_role_key(ctx.env, item["key"], tenant_id)
        if item["key"] in seen:
            raise Conflict(f"The role key {item['key']} appears twice in the request", code="ER-01021")
        seen.add(item["key"])
        levels.append(rbac.role_level(item["level"]))
    if sum(bool(item.get("firstUserRole")) for item in ctx.body) > 1:
        raise Conflict("Only one role can be given to the first user of an account", code="ER-01022")
    created = [
        rbac.create_role(
            ctx.env,
            key=item["key"],
            name=item["name"],
            level=level,
            tenant_id=tenant_id,
            is_default=bool(item.get("isDefault", False)),
            first_user_role=item.get("firstUserRole"),
            description=item.get("description"),
        )
        for item, level in zip(ctx.body, levels, strict=True)
    ]
    return _role_views(ctx, created)


def _changeable_role(ctx: Context) -> Role:
    """The role a roles v1 edit names. An account admin's user token (the admin portal's, issue 15:
    @frontegg/redux-store 7.119.0 RolesState/actions.js) changes only its own account's roles, and none
    stronger than its own; the environment's global roles change with an environment token only."""
    role = rbac.get_role(ctx.env, ctx.path["roleId"], ctx.tenant_id(required=False))
    principal = ctx.principal
    if principal is not None and principal.kind == access.USER:
        if principal.tenant_id is None or role.tenant_id != principal.tenant_id:
            raise Forbidden("Only the account's own roles can be changed with a user token", code="ER-01004")
        access.check_grant(ctx.env, principal, [role.id], principal.tenant_id)
    return role


def _user_tenant(ctx: Context) -> str | None:
    principal = ctx.principal
    return principal.tenant_id if principal is not None and principal.kind == access.USER else None


@operation("updateRole")
def update_role(ctx: Context) -> dict[str, Any]:
    role = _changeable_role(ctx)
    b = ctx.body
    if "key" in b:
        rbac.check_role_key(ctx.env, b["key"], role.tenant_id, exclude=role.id)
    level = rbac.role_level(b["level"]) if "level" in b else role.level
    own_account = _user_tenant(ctx)
    if own_account is not None:
        access.check_level(ctx.env, ctx.principal, level, own_account)
        if b.get("firstUserRole") is True:  # which role an account's first user gets is the environment's
            raise Forbidden("The first user's role is set with an environment token", code="ER-01004")
    if "key" in b:
        role.key = b["key"]
    if "name" in b:
        role.name = b["name"]
    if "isDefault" in b:
        role.is_default = b["isDefault"]
    if "description" in b:
        role.description = b["description"]
    if b.get("firstUserRole") is True:
        rbac.make_first_user_role(ctx.env, role)
    elif b.get("firstUserRole") is False:
        role.first_user_role = False
    role.level = level
    role.updated_at = security.now(ctx.env)
    return users.role_view(ctx.env, role)


@operation("deleteRole")
def delete_role(ctx: Context) -> None:
    rbac.delete_role(ctx.env, _changeable_role(ctx))


@operation("setPermissionsToRole")
def set_permissions_to_role(ctx: Context) -> dict[str, Any]:
    role = _changeable_role(ctx)
    permission_ids = rbac.check_permission_ids(ctx.env, ctx.body["permissionIds"])
    principal = ctx.principal
    if principal is not None and principal.kind == access.USER:
        missing = sorted({ctx.env.permissions[p].key for p in permission_ids} - principal.permissions)
        if missing:
            raise Forbidden(f"A role cannot grant permissions its editor lacks: {', '.join(missing)}")
    role.permission_ids = permission_ids
    role.updated_at = security.now(ctx.env)
    return users.role_view(ctx.env, role)


@operation("updateRoleTenant")
def update_role_tenant(ctx: Context) -> dict[str, Any]:
    role = rbac.get_role(ctx.env, ctx.path["roleId"])
    tenant_id = ctx.body["tenantId"]
    if tenant_id is not None:
        users.get_tenant(ctx.env, tenant_id)
    rbac.check_role_key(ctx.env, role.key, tenant_id, exclude=role.id)
    role.tenant_id = tenant_id
    role.updated_at = security.now(ctx.env)
    if tenant_id is not None:
        # Assignments in other accounts no longer make sense for an account's own role.
        holders = [k for k, u in ctx.env.users.peek().items() if any(role.id in ids for ids in u.roles.values())]
        for user in (ctx.env.users[k] for k in holders):  # only the holders reached
            for other, role_ids in user.roles.items():
                if other != tenant_id and role.id in role_ids:
                    user.roles[other] = [r for r in role_ids if r != role.id]
    return users.role_view(ctx.env, role)


# ------------------------------------------------------------------ account roles (self-service)
def _account_roles(ctx: Context) -> list[Role]:
    tenant_id = ctx.tenant_id(required=False)
    return rbac.visible_roles(ctx.env, tenant_id) if tenant_id else list(ctx.env.roles.values())


def _count_key(ctx: Context, field: str) -> Any:
    if field == "userTenants":
        return lambda r: sum(r.id in ids for u in ctx.env.users.peek().values() for ids in u.roles.values())
    if field == "groups":
        return lambda r: sum(r.id in g.get("roleIds", []) for g in ctx.env.collection("groups").values())
    return None


@operation("listRolesV2")
def list_roles_v2(ctx: Context) -> dict[str, Any]:
    q = dict(ctx.query)
    roles = _account_roles(ctx)
    if q.get("_levels"):
        roles = [r for r in roles if r.level in q["_levels"]]
    if q.get("_tenantIds"):
        roles = [r for r in roles if r.tenant_id in q["_tenantIds"]]
    if q.get("_filter"):
        text = q["_filter"].lower()
        roles = [r for r in roles if any(text in (v or "").lower() for v in (r.key, r.name, r.description))]
    count = _count_key(ctx, q["_sortBy"]) if "_sortBy" in q else None
    if count is not None:
        roles.sort(key=count)
        q.pop("_sortBy")
    return page(_role_views(ctx, roles), q, base=ctx.op.path)


@operation("addRole")
def add_role(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.account_id()
    b = ctx.body
    base = rbac.get_role(ctx.env, b["baseRoleId"], tenant_id)
    rbac.check_role_key(ctx.env, b["key"], tenant_id)
    permission_ids = rbac.check_permission_ids(ctx.env, b["permissionIds"])
    principal = ctx.principal
    if principal is not None and principal.kind == access.USER:
        missing = sorted({ctx.env.permissions[p].key for p in permission_ids} - principal.permissions)
        if missing:
            raise Forbidden(f"A role cannot grant permissions its creator lacks: {', '.join(missing)}")
    role = rbac.create_role(
        ctx.env,
        key=b["key"],
        name=b["name"],
        level=base.level,
        tenant_id=tenant_id,
        is_default=bool(b.get("isDefault", False)),
        permission_ids=permission_ids,
        description=b.get("description"),
    )
    view = users.role_view(ctx.env, role)
    keys = ("id", "vendorId", "tenantId", "key", "name", "description", "isDefault", "permissions")
    return {k: view[k] for k in keys}


@operation("getDistinctLevels")
def get_distinct_levels(ctx: Context) -> list[int]:
    return sorted({r.level for r in _account_roles(ctx)})


@operation("getDistinctTenants")
def get_distinct_tenants(ctx: Context) -> list[str]:
    own = ctx.principal.tenant_id if ctx.principal is not None and ctx.principal.kind == access.USER else None
    return sorted({r.tenant_id for r in ctx.env.roles.values() if r.tenant_id and own in (None, r.tenant_id)})


@operation("getUsersRoles")
def get_users_roles(ctx: Context) -> list[dict[str, Any]]:
    """One entry per requested user of the account: its role ids (users elsewhere are left out)."""
    members = users.requested_members(ctx.env, ctx.query["ids"], ctx.tenant_id(required=False))
    return [
        {
            "userId": user.id,
            "tenantId": account,
            "vendorId": ctx.env.client_id,
            "roleIds": [r for r in user.roles.get(account, []) if r in ctx.env.roles],
        }
        for user, account in members
    ]


# ------------------------------------------------------------------ permissions (environment)
@operation("listPermissions")
def list_permissions(ctx: Context) -> list[dict[str, Any]]:
    by_permission = users.roles_by_permission(ctx.env)
    return [users.permission_view(ctx.env, p, by_permission) for p in ctx.env.permissions]


@operation("addPermissions")
def add_permissions(ctx: Context) -> list[dict[str, Any]]:
    seen: set[str] = set()
    for item in ctx.body:
        rbac.check_permission_key(ctx.env, item["key"])
        if item["key"] in seen:
            raise Conflict(f"The permission key {item['key']} appears twice in the request", code="ER-01041")
        seen.add(item["key"])
        rbac.check_category(ctx.env, item.get("categoryId"))
    created = [
        rbac.create_permission(
            ctx.env,
            key=item["key"],
            name=item["name"],
            category_id=item.get("categoryId"),
            assignment_type=item.get("assignmentType"),
            # Stored and returned: terraform-provider-frontegg (provider/resource_frontegg_permission.go)
            # sends a description and reads it back; dropping it made every plan show a change.
            description=item.get("description"),
        )
        for item in ctx.body
    ]
    by_permission = users.roles_by_permission(ctx.env)
    return [users.permission_view(ctx.env, p.id, by_permission) for p in created]


@operation("updatePermission")
def update_permission(ctx: Context) -> dict[str, Any]:
    perm = rbac.get_permission(ctx.env, ctx.path["permissionId"])
    b = ctx.body
    if "key" in b and b["key"] != perm.key:
        rbac.check_not_builtin(perm)
        rbac.check_permission_key(ctx.env, b["key"], exclude=perm.id)
        if b["key"].startswith("fe."):
            raise BadRequest("The fe. prefix is reserved for Frontegg's built-in permissions")
    rbac.check_category(ctx.env, b.get("categoryId"))
    if "key" in b:
        perm.key = b["key"]
    if "name" in b:
        perm.name = b["name"]
    if "categoryId" in b:
        perm.category_id = b["categoryId"] or None
    if "description" in b:
        perm.description = b["description"]
    perm.updated_at = security.now(ctx.env)
    return users.permission_view(ctx.env, perm.id)


@operation("deletePermission")
def delete_permission(ctx: Context) -> None:
    perm = rbac.get_permission(ctx.env, ctx.path["permissionId"])
    rbac.check_not_builtin(perm)
    rbac.delete_permission(ctx.env, perm)


@operation("setRolesToPermission")
def set_roles_to_permission(ctx: Context) -> dict[str, Any]:
    perm = rbac.get_permission(ctx.env, ctx.path["permissionId"])
    role_ids = list(dict.fromkeys(ctx.body["roleIds"]))
    for role_id in role_ids:
        rbac.get_role(ctx.env, role_id)
    rbac.set_permission_roles(ctx.env, perm, role_ids)
    perm.updated_at = security.now(ctx.env)
    return users.permission_view(ctx.env, perm.id)


@operation("updatePermissionsAssignmentType")
def update_permissions_assignment_type(ctx: Context) -> dict[str, Any]:
    permission_ids = rbac.check_permission_ids(ctx.env, ctx.body["permissionIds"])
    if not permission_ids:
        raise BadRequest("permissionIds must name at least one permission")
    at = security.now(ctx.env)
    for permission_id in permission_ids:
        perm = ctx.env.permissions[permission_id]
        perm.assignment_type = ctx.body["type"]
        perm.updated_at = at
    # The spec declares one permission in the answer: the first one changed.
    return users.permission_view(ctx.env, permission_ids[0])


# ------------------------------------------------------------------ permission categories (environment)
@operation("listPermissionCategories")
def list_permission_categories(ctx: Context) -> list[dict[str, Any]]:
    return [rbac.category_view(ctx.env, c) for c in ctx.env.categories.values()]


@operation("createPermissionCategory")
def create_permission_category(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    category_id = b.get("id") or new_id()
    if category_id in ctx.env.categories:
        raise Conflict(f"A category with id {category_id} already exists", code="ER-01044")
    if not b["name"].strip():
        raise BadRequest("A category name must not be empty")
    at = security.now(ctx.env)
    category = Category(category_id, b["name"], b.get("description"), at, at)
    ctx.env.categories[category.id] = category
    return rbac.category_view(ctx.env, category)


@operation("updateCategory")
def update_category(ctx: Context) -> None:
    category = rbac.get_category(ctx.env, ctx.path["categoryId"])
    if "name" in ctx.body:
        if not ctx.body["name"].strip():
            raise BadRequest("A category name must not be empty")
        category.name = ctx.body["name"]
    if "description" in ctx.body:
        category.description = ctx.body["description"]
    category.updated_at = security.now(ctx.env)


@operation("deleteCategory")
def delete_category(ctx: Context) -> None:
    category = rbac.get_category(ctx.env, ctx.path["categoryId"])
    if rbac.is_builtin_category(ctx.env, category):
        raise Forbidden("Frontegg's built-in category cannot be deleted", code="ER-01043")
    rbac.delete_category(ctx.env, category)
