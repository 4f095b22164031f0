"""Users of applications: assignment per account, and the account a user is active in per application.

Applications themselves belong to another Frontegg service, so an application id is opaque here. An
assignment ties (application, account, user); the user must belong to the account. A user token acts
only in its own account.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from ..domain import access, security, users
from ..domain.model import User
from ..errors import BadRequest, Forbidden, NotFound
from .base import Context, operation

ASSIGNMENTS = "applicationUsers"
ACTIVE_TENANTS = "applicationActiveTenants"


def _assignments(ctx: Context) -> dict[str, dict[str, Any]]:
    return ctx.env.collection(ASSIGNMENTS)


def _key(app_id: str, tenant_id: str, user_id: str) -> str:
    return json.dumps([app_id, tenant_id, user_id])


def _user_tenant_id(ctx: Context, tenant_id: str, user_id: str) -> str:
    """A stable id of the user's membership in the account."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{ctx.env.id}/{tenant_id}/{user_id}"))


def acting_user(ctx: Context) -> User:
    """The user a call acts for: a user token's own, else the frontegg-user-id header's (which the spec
    requires, so an empty or unknown id names no user: 404)."""
    if ctx.principal is not None and ctx.principal.kind == access.USER:
        return ctx.acting_user()
    user = ctx.env.users.get(ctx.headers.get("frontegg-user-id", "").strip())
    if user is None:
        raise NotFound("User not found", code="ER-01001")
    return user


def _caller_tenant(ctx: Context) -> str | None:
    """The account a user token is limited to; None with an environment token (every account)."""
    if ctx.principal is not None and ctx.principal.kind == access.USER:
        return ctx.tenant_id(required=False)
    return None


def _members(ctx: Context, tenant_id: str, user_ids: list[str]) -> list[str]:
    """The users, checked: the account exists, the caller may act in it, each user belongs to it."""
    limit = _caller_tenant(ctx)
    if limit is not None and limit != tenant_id:
        raise Forbidden("A user token can only act in its own account")
    users.get_tenant(ctx.env, tenant_id)
    wanted = list(dict.fromkeys(user_ids))
    for user_id in wanted:
        users.user_in_tenant(ctx.env, user_id, tenant_id)
    return wanted


def _assign(ctx: Context, app_id: str, tenant_id: str, user_id: str) -> dict[str, Any]:
    """The assignment, created unless it exists (a second assignment keeps the first's date)."""
    record = _assignments(ctx).setdefault(
        _key(app_id, tenant_id, user_id),
        {"appId": app_id, "tenantId": tenant_id, "userId": user_id, "createdAt": security.now(ctx.env)},
    )
    return record


def _unassign(ctx: Context, app_id: str, tenant_id: str, user_id: str) -> None:
    """Drop the assignment, and the user's active account for the application when it was this one."""
    _assignments(ctx).pop(_key(app_id, tenant_id, user_id), None)
    active = ctx.env.collection(ACTIVE_TENANTS).get(user_id, {})
    if active.get(app_id) == tenant_id:
        del active[app_id]


@operation("assignUsersToApplication")
def assign_users_to_application(ctx: Context) -> list[dict[str, Any]]:
    b = ctx.body
    out = []
    for user_id in _members(ctx, b["tenantId"], b["userIds"]):
        record = _assign(ctx, b["appId"], b["tenantId"], user_id)
        out.append(
            {
                "appId": record["appId"],
                "userTenantId": _user_tenant_id(ctx, record["tenantId"], user_id),
                "createdAt": users.iso(record["createdAt"]),
            }
        )
    return out


@operation("unassignUsersFromApplication")
def unassign_users_from_application(ctx: Context) -> None:
    b = ctx.body
    for user_id in _members(ctx, b["tenantId"], b["userIds"]):
        _unassign(ctx, b["appId"], b["tenantId"], user_id)


# The one-user, several-applications forms the admin portal uses (@frontegg/rest-api 7.119.0
# applications/index.js assignUserToApplications / unassignUserFromApplications; redux-store
# auth/ApplicationsState/actions.js sends the signed-in user's tenantId): the same checks and records.
@operation("assignUserToApplications")
def assign_user_to_applications(ctx: Context) -> None:
    b = ctx.body
    (user_id,) = _members(ctx, b["tenantId"], [b["userId"]])
    for app_id in dict.fromkeys(b["appIds"]):
        _assign(ctx, app_id, b["tenantId"], user_id)


@operation("unassignUserFromApplications")
def unassign_user_from_applications(ctx: Context) -> None:
    b = ctx.body
    (user_id,) = _members(ctx, b["tenantId"], [b["userId"]])
    for app_id in dict.fromkeys(b["appIds"]):
        _unassign(ctx, app_id, b["tenantId"], user_id)


def _live(ctx: Context, limit: str | None) -> list[dict[str, Any]]:
    """Assignments whose user still belongs to the account (removed users drop out), oldest first."""
    found = []
    for a in sorted(_assignments(ctx).values(), key=lambda a: a["createdAt"]):
        user = ctx.env.users.get(a["userId"])
        if user is not None and a["tenantId"] in user.tenant_ids and (limit is None or a["tenantId"] == limit):
            found.append(a)
    return found


@operation("getUsersForApplication")
def get_users_for_application(ctx: Context) -> list[str]:
    found = [a["userId"] for a in _live(ctx, _caller_tenant(ctx)) if a["appId"] == ctx.path["appId"]]
    return list(dict.fromkeys(found))


@operation("getApplicationsForUser")
def get_applications_for_user(ctx: Context) -> list[str]:
    limit = _caller_tenant(ctx)
    users.user_in_tenant(ctx.env, ctx.path["userId"], limit)
    found = [a["appId"] for a in _live(ctx, limit) if a["userId"] == ctx.path["userId"]]
    return list(dict.fromkeys(found))


def _id_list(raw: Any, name: str) -> list[str]:
    """A comma-joined list of ids, as rest-api sends them (``appIds.join(',')``), deduplicated."""
    ids = list(dict.fromkeys(i.strip() for i in str(raw).split(",") if i.strip()))
    if not ids:
        raise BadRequest(f"{name} must name at least one id")
    return ids


@operation("getUsersOfApplications")
def get_users_of_applications(ctx: Context) -> list[dict[str, Any]]:
    """getUsersForApplication for several applications at once (rest-api getUsersOfApplications)."""
    live = _live(ctx, _caller_tenant(ctx))
    return [
        {"appId": app_id, "userIds": list(dict.fromkeys(a["userId"] for a in live if a["appId"] == app_id))}
        for app_id in _id_list(ctx.query["appIds"], "appIds")
    ]


@operation("getApplicationsOfUsers")
def get_applications_of_users(ctx: Context) -> list[dict[str, Any]]:
    """getApplicationsForUser for several users at once (rest-api getUsersApplicationsId): each user must
    belong to the caller's account, as there."""
    limit = _caller_tenant(ctx)
    user_ids = _id_list(ctx.query["userIds"], "userIds")
    for user_id in user_ids:
        users.user_in_tenant(ctx.env, user_id, limit)
    live = _live(ctx, limit)
    return [
        {"userId": user_id, "appIds": list(dict.fromkeys(a["appId"] for a in live if a["userId"] == user_id))}
        for user_id in user_ids
    ]


def _active_view(ctx: Context, user_id: str) -> dict[str, Any]:
    active = ctx.env.collection(ACTIVE_TENANTS).get(user_id, {})
    return {"applicationActiveTenants": [{"applicationId": a, "tenantId": t} for a, t in sorted(active.items())]}


@operation("getUserApplicationActiveTenants")
def get_user_application_active_tenants(ctx: Context) -> dict[str, Any]:
    return _active_view(ctx, acting_user(ctx).id)


@operation("switchUserApplicationActiveTenant")
def switch_user_application_active_tenant(ctx: Context) -> None:
    user = acting_user(ctx)
    wanted = ctx.body["activeApplicationTenants"]
    for item in wanted:
        if item["tenantId"] not in user.tenant_ids:
            raise NotFound("The user does not belong to this account", code="ER-01011")
    active = ctx.env.collection(ACTIVE_TENANTS).setdefault(user.id, {})
    for item in wanted:
        active[item["applicationId"]] = item["tenantId"]
    # No body, as the spec's 200 says: Frontegg's published spec declares none and no public client
    # (@frontegg/rest-api 7.119.0 has no call here) reads one; getUserApplicationActiveTenants shows it.
