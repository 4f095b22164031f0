"""Invitations: shareable account invite links, invitations of users to accounts, and bulk invites. No HTTP.

- An invite link ("invite token") belongs to an account and, optionally, to the user who shares it;
  it is a record of ``env.collection("inviteTokens")`` ``{id, tenantId, userId, token, expiresAt,
  shouldSendEmail, roleIds, createdAt}``. Its token is meant to be shared, so it is kept as is (unlike
  refresh tokens): Frontegg shows it again to the user who made it. Signing up with it joins its
  account with its roles instead of creating a new account (see ``redeem``).
- An invitation of an existing user to another account is pending in
  ``env.collection("tenantInvitations")["<userId>/<tenantId>"]`` until the user accepts it with the
  token (or token and code) that was emailed (outbox kind ``invitation``). A user who was never
  activated is invited by its activation email instead (``users.start_activation``).
- A bulk invite runs when it is submitted; its task (``env.collection("bulkInviteTasks")``) reports
  ``InProgress`` on the first read shortly after and ``Completed`` afterwards, like the real
  asynchronous job seen from a poller.
"""

from __future__ import annotations

from typing import Any

from ..errors import BadRequest, EmulatorError
from . import codes, defaults, failures, security, tenants, usernames, users
from .model import Environment, Tenant, User, new_id

INVITE_TOKENS = "inviteTokens"
TENANT_INVITATIONS = "tenantInvitations"
BULK_INVITES = "bulkInviteTasks"
BULK_RUN_SECONDS = 2.0  # a bulk task read this soon after it was submitted is still "in progress"
MAX_BULK_USERS = 1000  # Frontegg's limit per bulk invite

STATUS_PENDING_INVITATION = "PendingInvitation"
STATUS_PENDING_LOGIN = "PendingLogin"
STATUS_ACTIVATED = "Activated"
STATUS_NOT_ACTIVATED = "NotActivated"


# ------------------------------------------------------------------ invite links
def invite_tokens(env: Environment) -> dict[str, dict[str, Any]]:
    return env.collection(INVITE_TOKENS)


def invite_view(env: Environment, invite: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": invite["id"],
        "vendorId": env.client_id,
        "tenantId": invite["tenantId"],
        "token": invite["token"],
        "expires": users.iso(invite["expiresAt"]),
        "shouldSendEmail": invite["shouldSendEmail"],
        "roleIds": list(invite.get("roleIds", [])),
    }
    if invite.get("userId"):
        view["userId"] = invite["userId"]
        user = env.users.get(invite["userId"])
        if user is not None:
            view["name"] = user.name
    return view


def live_invites(env: Environment) -> list[dict[str, Any]]:
    """Invite links whose account (and sharing user, when there is one) still exist."""
    return [
        i
        for i in invite_tokens(env).values()
        if i["tenantId"] in env.tenants and (not i.get("userId") or i["userId"] in env.users)
    ]


def invite_of(env: Environment, tenant_id: str, user_id: str | None) -> dict[str, Any] | None:
    return next((i for i in live_invites(env) if i["tenantId"] == tenant_id and i.get("userId") == user_id), None)


def get_invite_of(env: Environment, tenant_id: str, user_id: str | None) -> dict[str, Any]:
    invite = invite_of(env, tenant_id, user_id)
    if invite is None:
        raise failures.UserInviteLinkNotFound()
    return invite


def create_invite(
    env: Environment,
    tenant_id: str,
    user_id: str | None,
    *,
    expires_in_minutes: float | None,
    should_send_email: bool,
    role_ids: list[str] | None = None,
) -> dict[str, Any]:
    users.get_tenant(env, tenant_id)
    if user_id is not None:
        users.user_in_tenant(env, user_id, tenant_id)
    roles = users.resolve_roles(env, role_ids, tenant_id) if role_ids else []
    if invite_of(env, tenant_id, user_id) is not None:
        raise failures.InviteLinkExists()
    at = security.now(env)
    minutes = float(defaults.INVITE_LINK_MINUTES) if expires_in_minutes is None else expires_in_minutes
    invite: dict[str, Any] = {
        "id": new_id(),
        "tenantId": tenant_id,
        "userId": user_id,
        "token": security.new_token(),
        "expiresAt": at + security.clamp_seconds(minutes * 60),
        "shouldSendEmail": should_send_email,
        "roleIds": roles,
        "createdAt": at,
    }
    invite_tokens(env)[invite["id"]] = invite
    return invite


def update_invite(
    env: Environment, invite: dict[str, Any], *, expires_in_minutes: float | None, should_send_email: bool | None
) -> dict[str, Any]:
    if expires_in_minutes is not None:
        invite["expiresAt"] = security.now(env) + security.clamp_seconds(expires_in_minutes * 60)
    if should_send_email is not None:
        invite["shouldSendEmail"] = should_send_email
    return invite


def delete_invite(env: Environment, invite_id: str) -> None:
    invite = invite_tokens(env).get(invite_id)
    if invite is None or invite not in live_invites(env):
        raise failures.InviteLinkNotFound()
    del invite_tokens(env)[invite_id]


def redeem(env: Environment, token: str) -> dict[str, Any]:
    """The live invite link of this token (it stays usable by more people until it expires)."""
    invite = next((i for i in live_invites(env) if security.same(i["token"], token)), None)
    if invite is None:
        raise failures.InviteLinkNotFound()
    if invite["expiresAt"] <= security.now(env):
        raise failures.InviteLinkExpired()
    return invite


def sign_up_account(env: Environment, invite: dict[str, Any] | None, company_name: str) -> tuple[Tenant, list[str]]:
    """Where a sign-up by username or phone number lands, with its roles: the account of the invite link
    it redeemed (the link's roles that still exist, else the default ones), or a new account that the
    first user administers."""
    if invite is not None:
        roles = [r for r in invite["roleIds"] if r in env.roles] or users.default_role_ids(env)
        return env.tenants[invite["tenantId"]], roles
    return users.create_tenant(env, company_name), users.admin_role_ids(env)


# ------------------------------------------------------------------ invitations of users to accounts
def _invitation_key(user_id: str, tenant_id: str) -> str:
    return f"{user_id}/{tenant_id}"


def pending_tenants(env: Environment, user: User) -> list[str]:
    pending = env.collection(TENANT_INVITATIONS)
    return [t for t in user.tenant_ids if _invitation_key(user.id, t) in pending]


def invitation_ttl(env: Environment) -> float:
    strategy = env.policies.get("invitationStrategy", {})
    return float(strategy.get("codeExpiration", users.ACTIVATION_TTL))


def invite_to_tenant(env: Environment, user: User, tenant_id: str, app_url: str, *, send: bool = True) -> str | None:
    """Mark the user's membership of the account pending and email it a token and code to accept with.

    A user who was never activated is invited by its activation email instead (activating accepts it),
    so nothing is pending for it here. Returns the token emailed, if any.
    """
    if not user.activated:
        return users.start_activation(env, user, app_url) if send else None
    env.collection(TENANT_INVITATIONS)[_invitation_key(user.id, tenant_id)] = {
        "userId": user.id,
        "tenantId": tenant_id,
        "invitedAt": security.now(env),
    }
    return send_invitation(env, user, tenant_id, app_url) if send else None


def send_invitation(env: Environment, user: User, tenant_id: str, app_url: str) -> str:
    code = security.new_code()
    data = {"tenantId": tenant_id, "code": security.digest(code)}
    token = codes.new_step(env, "invitation", user.id, invitation_ttl(env), data)
    link = f"{app_url}/account/invitation/accept?userId={user.id}&token={token}"
    codes.outbox(env, "email", user.email, "invitation", user.id, code=code, token=token, link=link)
    return token


def reset_invitation(env: Environment, user: User, tenant_id: str, app_url: str) -> None:
    """Send the invitation to this account again (a new token; earlier ones stop working). A member that
    already accepted stays accepted; the new token is simply of no further use to it."""
    if tenant_id not in user.tenant_ids:
        raise failures.NotAMember()
    if not user.activated:
        users.start_activation(env, user, app_url)
        return
    _drop_invitation_tokens(env, user.id, tenant_id)
    send_invitation(env, user, tenant_id, app_url)


def reset_all_invitations(env: Environment, user: User, tenant_id: str, app_url: str) -> int:
    """Send again every invitation the user has not accepted in this account and its sub-accounts.

    Invitations to other accounts are theirs to reset: before, an admin of one account could void
    another account's pending invitation link (issue 14, finding 10).
    """
    if not user.activated:
        users.start_activation(env, user, app_url)
        return 1
    scope = tenants.within(env, tenant_id)
    pending = [t for t in pending_tenants(env, user) if t in scope]
    for tenant_id in pending:
        _drop_invitation_tokens(env, user.id, tenant_id)
        send_invitation(env, user, tenant_id, app_url)
    return len(pending)


def _drop_invitation_tokens(env: Environment, user_id: str, tenant_id: str) -> None:
    stale = [
        key
        for key, c in env.challenges.of_user(user_id)
        if c.kind == "invitation" and c.data.get("tenantId") == tenant_id
    ]
    for key in stale:
        del env.challenges[key]


def accept(env: Environment, user_id: str, token: str, code: str | None = None) -> User:
    challenge = (
        codes.check_code(env, token, "invitation", code, user_id)
        if code is not None
        else codes.take_challenge(env, token, "invitation", user_id)
    )
    user = users.get_user(env, user_id)
    tenant_id = str(challenge.data.get("tenantId", ""))
    if tenant_id not in env.tenants or tenant_id not in user.tenant_ids:
        codes.finish(env, challenge)
        raise failures.InvitationAccountLeft()
    env.collection(TENANT_INVITATIONS).pop(_invitation_key(user.id, tenant_id), None)
    codes.finish(env, challenge)
    return user


def move_pending(env: Environment, user: User, source_id: str, target_id: str) -> None:
    """An invitation to an account whose users moved to another is an invitation to that one."""
    pending = env.collection(TENANT_INVITATIONS)
    record = pending.pop(_invitation_key(user.id, source_id), None)
    if record is not None:
        pending[_invitation_key(user.id, target_id)] = {**record, "tenantId": target_id}
    for key, challenge in env.challenges.of_user(user.id):
        if challenge.kind == "invitation" and challenge.data.get("tenantId") == source_id:
            env.challenges[key].data["tenantId"] = target_id  # reached: it changes


def tenant_status(env: Environment, user: User, tenant_id: str) -> str:
    if _invitation_key(user.id, tenant_id) in env.collection(TENANT_INVITATIONS):
        return STATUS_PENDING_INVITATION
    if not user.activated:
        has_invite = any(c.kind == "activation" for _, c in env.challenges.of_user(user.id))
        return STATUS_PENDING_INVITATION if has_invite else STATUS_NOT_ACTIVATED
    # Logged in to this account at least once: a session of it (sessions are kept when they end).
    if not any(s.tenant_id == tenant_id for s in env.sessions.of_user(user.id)):
        return STATUS_PENDING_LOGIN
    return STATUS_ACTIVATED


# ------------------------------------------------------------------ bulk invite
def bulk_invite(env: Environment, tenant_id: str, entries: list[dict[str, Any]], app_url: str) -> dict[str, Any]:
    """Invite every entry into the account; each entry succeeds or fails on its own, as in Frontegg."""
    users.get_tenant(env, tenant_id)
    if len(entries) > MAX_BULK_USERS:
        raise BadRequest(f"At most {MAX_BULK_USERS} users can be invited at once")
    report = []
    for entry in entries:
        try:
            user = _invite_one(env, tenant_id, entry, app_url)
            report.append({"email": entry.get("email"), "userId": user.id, "status": "Success"})
        except EmulatorError as err:
            report.append({"email": entry.get("email"), "status": "Failed", "error": "; ".join(err.errors)})
    at = security.now(env)
    task: dict[str, Any] = {"id": new_id(), "tenantId": tenant_id, "createdAt": at, "reads": 0, "report": report}
    env.collection(BULK_INVITES)[task["id"]] = task
    return task


def _invite_one(env: Environment, tenant_id: str, entry: dict[str, Any], app_url: str) -> User:
    email = entry.get("email")
    if not email:
        raise BadRequest("email is required")
    if entry.get("username"):
        usernames.check_free(env, entry["username"])
    existing = users.find_by_email(env, email)
    if existing is not None:
        if tenant_id in existing.tenant_ids:
            raise failures.AlreadyMember()
        roles = users.resolve_roles(env, entry["roleIds"], tenant_id) if entry.get("roleIds") else None
        existing.tenant_ids.append(tenant_id)
        existing.roles[tenant_id] = roles if roles is not None else users.default_role_ids(env)
        invite_to_tenant(env, existing, tenant_id, app_url, send=not entry.get("skipInviteEmail"))
        return existing
    password = entry.get("password")
    user = users.create_user(
        env,
        email=email,
        tenant_id=tenant_id,
        name=entry.get("name"),
        password=password,
        role_ids=entry.get("roleIds"),
        phone_number=entry.get("phoneNumber"),
        metadata=entry.get("metadata"),
        profile_picture_url=entry.get("profilePictureUrl"),
        provider=entry.get("provider", "local"),
        activated=bool(password),
        verified=bool(entry.get("verified", bool(password))),
    )
    if entry.get("username"):
        user.username = entry["username"]
    if entry.get("expirationInSeconds") is not None:
        user.temporary_until = security.now(env) + security.clamp_seconds(entry["expirationInSeconds"])
    if not password and not entry.get("skipInviteEmail"):
        users.start_activation(env, user, app_url)
    return user


def get_bulk_task(env: Environment, task_id: str) -> dict[str, Any]:
    task = env.collection(BULK_INVITES).get(task_id)
    if task is None:
        raise failures.BulkInviteNotFound()
    return task


def bulk_task_view(env: Environment, task: dict[str, Any]) -> dict[str, Any]:
    """The task as a poller sees it: in progress on the first read right after submission, then done."""
    task["reads"] = int(task.get("reads", 0)) + 1
    elapsed = security.now(env) - float(task["createdAt"])
    done = task["reads"] > 1 or elapsed >= BULK_RUN_SECONDS
    report = task["report"] if done else []
    failed = [r for r in task["report"] if r["status"] == "Failed"]
    status = "InProgress" if not done else ("CompletedWithErrors" if failed else "Completed")
    return {
        "id": task["id"],
        "tenantId": task["tenantId"],
        "status": status,
        "totalUsers": len(task["report"]),
        "processedUsers": len(report),
        "createdAt": users.iso(task["createdAt"]),
        "report": report,
    }
