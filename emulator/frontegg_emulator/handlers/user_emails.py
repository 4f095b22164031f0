"""User emails: further addresses of a user (add, verify by code, remove, make primary, list) and the
self-service change of one's own primary address."""

from __future__ import annotations

from typing import Any

from ..domain import user_emails, users
from ..domain.model import User
from ..domain.paging import page
from .base import Context, operation


def _me(ctx: Context) -> User:
    ctx.tenant_id(required=False)  # a user token acts in its own account only
    return ctx.acting_user()


def scoped_user(ctx: Context, user_id: str) -> User:
    """A user by id, within the caller's account when the call names one (a user token always does)."""
    return users.user_in_tenant(ctx.env, user_id, ctx.tenant_id(required=False))


@operation("listUserEmails")
def list_user_emails(ctx: Context) -> dict[str, Any]:
    q = ctx.query
    tenant_id = ctx.tenant_id(required=False)
    found = [u for u in ctx.env.users.peek().values() if not tenant_id or tenant_id in u.tenant_ids]
    if q.get("userIds"):
        wanted = {i.strip() for i in str(q["userIds"]).split(",") if i.strip()}
        found = [u for u in found if u.id in wanted]
    items = [v for u in found for v in user_emails.views(u)]
    if q.get("_email"):
        needle = str(q["_email"]).strip().lower()
        items = [v for v in items if needle in v["email"].lower()]
    return page(items, q, default_sort="email", base=ctx.op.path)


@operation("getUserOwnEmails")
def get_user_own_emails(ctx: Context) -> list[dict[str, Any]]:
    return user_emails.views(_me(ctx))


@operation("createUserEmail")
def create_user_email(ctx: Context) -> dict[str, Any]:
    user = _me(ctx)
    return user_emails.view(user, user_emails.add(ctx.env, user, ctx.body["email"]))


@operation("verifyUserEmail")
def verify_user_email(ctx: Context) -> None:
    user_emails.verify(ctx.env, _me(ctx), ctx.body["email"], ctx.body["code"])


@operation("deleteUserEmail")
def delete_user_email(ctx: Context) -> None:
    user_emails.remove(ctx.env, _me(ctx), ctx.path["emailId"])


@operation("markEmailAsPrimaryMe")
def mark_email_as_primary_me(ctx: Context) -> None:
    user_emails.make_primary(ctx.env, _me(ctx), ctx.body["email"])


@operation("createUserEmailForVendor")
def create_user_email_for_vendor(ctx: Context) -> dict[str, Any]:
    user = scoped_user(ctx, ctx.path["userId"])
    record = user_emails.add(ctx.env, user, ctx.body["email"], verified=bool(ctx.body.get("isVerified", False)))
    return user_emails.view(user, record)


@operation("deleteUserEmailForVendor")
def delete_user_email_for_vendor(ctx: Context) -> None:
    user_emails.remove(ctx.env, scoped_user(ctx, ctx.path["userId"]), ctx.path["emailId"])


@operation("markEmailAsPrimary")
def mark_email_as_primary(ctx: Context) -> None:
    user_emails.make_primary(ctx.env, scoped_user(ctx, ctx.path["userId"]), ctx.body["email"])


# ------------------------------------------------------------------ change of one's own primary address
@operation("updateEmailMe")
def update_email_me(ctx: Context) -> None:
    user_emails.start_change(ctx.env, _me(ctx), ctx.body["email"])


@operation("verifyEmailMe")
def verify_email_me(ctx: Context) -> None:
    user_emails.confirm_change(ctx.env, _me(ctx), ctx.body["email"], ctx.body["code"])
