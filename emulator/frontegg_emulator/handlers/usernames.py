"""Usernames: the caller's own, every user's (filtered and paged), create and delete; sign-up with a
username instead of (or besides) an email."""

from __future__ import annotations

from typing import Any

from ..domain import defaults, invitations, sessions, user_emails, usernames, users
from ..domain.paging import page
from ..errors import Conflict, Forbidden, NotFound
from .base import Context, Cookie, operation


@operation("getUsersUsernames")
def get_users_usernames(ctx: Context) -> dict[str, Any]:
    q = ctx.query
    tenant_id = ctx.tenant_id(required=False)
    found = [u for u in ctx.env.users.peek().values() if u.username and (not tenant_id or tenant_id in u.tenant_ids)]
    if q.get("_usernamePrefix"):
        prefix = str(q["_usernamePrefix"]).lower()
        found = [u for u in found if (u.username or "").lower().startswith(prefix)]
    if q.get("userIds"):
        found = [u for u in found if u.id in set(q["userIds"])]
    if q.get("usernames"):
        wanted = {n.lower() for n in q["usernames"]}
        found = [u for u in found if (u.username or "").lower() in wanted]
    return page([usernames.view(u) for u in found], q, default_sort="username", base=ctx.op.path)


@operation("getMeUsernames")
def get_me_usernames(ctx: Context) -> dict[str, Any]:
    ctx.tenant_id(required=False)
    user = ctx.acting_user()
    if not user.username:
        raise NotFound("This user has no username", code="ER-01121")
    return usernames.view(user)


@operation("createUsername")
def create_username(ctx: Context) -> None:
    ctx.tenant_id(required=False)
    usernames.set_username(ctx.env, ctx.acting_user(), ctx.body["username"])


@operation("deleteUsername")
def delete_username(ctx: Context) -> None:
    usernames.get_owner(ctx.env, ctx.path["username"], ctx.tenant_id(required=False)).username = None


@operation("signUpWithUsername")
def sign_up_with_username(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    env = ctx.env
    vendor = env.policies.get("vendor", {})
    if not vendor.get("allowSignups", True):
        raise Forbidden("Sign-up is disabled for this environment", code="ER-01016")
    usernames.check_free(env, b["username"])
    email = b.get("email")
    if email and user_emails.owner_of(env, email) is not None:
        raise Conflict("A user with this email already exists", code="ER-01009")
    if "password" in b:
        users.check_password(env, b["password"])
    invite = invitations.redeem(env, b["invitationToken"]) if b.get("invitationToken") else None
    # Everything is checked: from here on nothing fails.
    tenant, role_ids = invitations.sign_up_account(env, invite, b["companyName"])
    user = users.create_user(
        env,
        email=email or usernames.placeholder_email(env, b["username"]),
        tenant_id=tenant.id,
        name=b.get("name") or b["username"],
        password=b.get("password"),
        role_ids=role_ids,
        phone_number=b.get("phoneNumber"),
        metadata=b.get("metadata"),
        profile_picture_url=b.get("profilePictureUrl"),
        provider=b.get("provider", "local"),
        # Without an email there is nothing to verify and no activation email to send.
        activated=not email,
        verified=not email,
    )
    user.username = b["username"]
    answer: dict[str, Any] = {"shouldActivate": False, "userId": user.id, "tenantId": tenant.id}
    if email and not vendor.get("allowNotVerifiedUsersLogin", False):
        answer["shouldActivate"] = True
        answer["activationToken"] = users.start_activation(env, user, ctx.app_url)
        return answer
    user.activated = True
    if user.password_hash is not None:
        auth = sessions.login_or_challenge(env, user, user_agent=ctx.user_agent, ip=ctx.client_ip)
        if auth.get("refreshToken"):
            ttl = defaults.refresh_token_ttl(env)
            ctx.reply_cookies.append(Cookie(sessions.refresh_cookie_name(env), auth["refreshToken"], ttl))
        answer["authResponse"] = auth
    return answer
