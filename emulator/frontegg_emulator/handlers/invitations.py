"""Account invitations: invite links (per user and per account), invitations of users to accounts
(accept, send again), and bulk invites with their task status."""

from __future__ import annotations

from typing import Any

from ..domain import access, invitations, users
from ..domain.model import User
from ..errors import NotFound
from .base import Context, Reply, operation


def _member(ctx: Context) -> tuple[User, str]:
    """The caller's user (token, or frontegg-user-id) and the account it acts in, of which it is a member."""
    tenant_id = ctx.account_id()
    user = ctx.acting_user()
    users.user_in_tenant(ctx.env, user.id, tenant_id)
    return user, tenant_id


# ------------------------------------------------------------------ invite links of a user
@operation("getTenantInviteForUser")
def get_tenant_invite_for_user(ctx: Context) -> dict[str, Any]:
    user, tenant_id = _member(ctx)
    return invitations.invite_view(ctx.env, invitations.get_invite_of(ctx.env, tenant_id, user.id))


@operation("createTenantInviteForUser", "createTenantInviteForUserV2")
def create_tenant_invite_for_user(ctx: Context) -> dict[str, Any]:
    user, tenant_id = _member(ctx)
    b = ctx.body
    if b.get("roleIds"):
        access.check_grant(ctx.env, ctx.principal, users.resolve_roles(ctx.env, b["roleIds"], tenant_id), tenant_id)
    invite = invitations.create_invite(
        ctx.env,
        tenant_id,
        user.id,
        expires_in_minutes=b["expiresInMinutes"],
        should_send_email=b["shouldSendEmail"],
        role_ids=b.get("roleIds"),
    )
    return invitations.invite_view(ctx.env, invite)


@operation("updateTenantInviteForUser")
def update_tenant_invite_for_user(ctx: Context) -> dict[str, Any]:
    user, tenant_id = _member(ctx)
    invite = invitations.get_invite_of(ctx.env, tenant_id, user.id)
    invitations.update_invite(
        ctx.env,
        invite,
        expires_in_minutes=ctx.body.get("expiresInMinutes"),
        should_send_email=ctx.body.get("shouldSendEmail"),
    )
    return invitations.invite_view(ctx.env, invite)


@operation("deleteTenantInviteForUser")
def delete_tenant_invite_for_user(ctx: Context) -> None:
    user, tenant_id = _member(ctx)
    invitations.delete_invite(ctx.env, invitations.get_invite_of(ctx.env, tenant_id, user.id)["id"])


@operation("verifyTenantInvite")
def verify_tenant_invite(ctx: Context) -> dict[str, Any]:
    return invitations.invite_view(ctx.env, invitations.redeem(ctx.env, ctx.body["token"]))


@operation("getInvitationConfiguration")
def get_invitation_configuration(ctx: Context) -> dict[str, Any]:
    ctx.tenant_id(required=False)
    vendor = ctx.env.policies.get("vendor", {})
    return {
        "tenantInvitationsAllowed": bool(vendor.get("allowTenantInvitations", True)),
        "emailsEnabled": True,  # the emulator "sends" every email to its outbox
    }


# ------------------------------------------------------------------ invite links of accounts (environment)
@operation("createTenantInvite")
def create_tenant_invite(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    invite = invitations.create_invite(
        ctx.env,
        b["tenantId"],
        b.get("userId"),
        expires_in_minutes=b.get("expiresInMinutes"),
        should_send_email=bool(b.get("shouldSendEmail", False)),
        role_ids=b.get("roleIds"),
    )
    return invitations.invite_view(ctx.env, invite)


@operation("listInvites")
def list_invites(ctx: Context) -> list[dict[str, Any]]:
    found = sorted(invitations.live_invites(ctx.env), key=lambda i: i["createdAt"])
    return [invitations.invite_view(ctx.env, i) for i in found]


@operation("deleteTenantInvite")
def delete_tenant_invite(ctx: Context) -> None:
    invitations.delete_invite(ctx.env, ctx.path["id"])


# ------------------------------------------------------------------ invitations of users to accounts
@operation("acceptInvitation")
def accept_invitation(ctx: Context) -> None:
    invitations.accept(ctx.env, ctx.body["userId"], ctx.body["token"])


@operation("acceptInvitationWithCode")
def accept_invitation_with_code(ctx: Context) -> None:
    invitations.accept(ctx.env, ctx.body["userId"], ctx.body["token"], ctx.body["code"])


def _invited(ctx: Context) -> tuple[User, str]:
    tenant_id = ctx.account_id()
    user = users.find_by_email(ctx.env, ctx.body["email"])
    if user is None:
        raise NotFound("No user with this email", code="ER-01001")
    users.user_in_tenant(ctx.env, user.id, tenant_id)
    return user, tenant_id


@operation("resetTenantInvitationToken")
def reset_tenant_invitation_token(ctx: Context) -> None:
    user, tenant_id = _invited(ctx)
    invitations.reset_invitation(ctx.env, user, tenant_id, ctx.app_url)


@operation("resetAllTenantsInvitationToken")
def reset_all_tenants_invitation_token(ctx: Context) -> None:
    user, tenant_id = _invited(ctx)
    invitations.reset_all_invitations(ctx.env, user, tenant_id, ctx.app_url)


# ------------------------------------------------------------------ bulk invite
@operation("bulkInviteUsers")
def bulk_invite_users(ctx: Context) -> Reply:
    tenant_id = ctx.account_id()
    task = invitations.bulk_invite(ctx.env, tenant_id, ctx.body["users"], ctx.app_url)
    return Reply({"id": task["id"], "tenantId": tenant_id, "status": "InProgress"})


@operation("getBulkInviteStatus")
def get_bulk_invite_status(ctx: Context) -> dict[str, Any]:
    return invitations.bulk_task_view(ctx.env, invitations.get_bulk_task(ctx.env, ctx.path["id"]))
