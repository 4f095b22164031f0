"""Passwords: reset (by email link or SMS code), change, the password policy and the history policy."""

from __future__ import annotations

import uuid
from typing import Any

from ..domain import codes, defaults, password_policy, phones, policies, security, throttle, users
from ..domain.model import User
from ..errors import BadRequest, Conflict, Gone, Unauthorized
from .base import Context, operation

RESET = "password-reset"
RESET_SMS = "password-reset-sms"
RESET_TTL = defaults.PASSWORD_RESET_TTL
POLICY_NUMBERS = ("maxLength", "minLength", "minPhraseLength", "minOptionalTestsToPass")


# ------------------------------------------------------------------ reset
def _find(ctx: Context) -> User | None:
    if "identifier" not in ctx.body:  # resetPassword's {email}: the spec's ResetPasswordV1 is one or the other
        return users.find_by_email(ctx.env, str(ctx.body["email"]).strip())
    identifier, kind = str(ctx.body["identifier"]).strip(), ctx.body["identifierType"]
    if kind == "phoneNumber":
        return phones.user_by_phone(ctx.env, identifier)
    return users.find_by_email(ctx.env, identifier)  # email, or a username (the emulator's usernames are emails)


def _reset_token(ctx: Context, user: User, *, via: str, send: bool) -> tuple[str, str]:
    """A password reset token and its link; 'emailed' when ``send``."""
    token = codes.new_step(ctx.env, RESET, user.id, RESET_TTL, {"via": via})
    link = f"{ctx.app_url}/account/reset-password?userId={user.id}&token={token}"
    if send:
        codes.outbox(ctx.env, "email", user.email, RESET, user.id, token=token, link=link)
    return token, link


@operation("resetPassword")
def reset_password(ctx: Context) -> None:
    # Answers the same whether or not the user exists, so it reveals nothing.
    user = _find(ctx)
    if user is not None:
        _reset_token(ctx, user, via="email", send=True)


@operation("resetPasswordViaEmail")
def reset_password_via_email(ctx: Context) -> dict[str, Any]:
    user = _find(ctx)
    if user is not None:
        _reset_token(ctx, user, via="email", send=True)
    return {"sessionId": str(uuid.uuid4())}


@operation("resetPasswordViaSms")
def reset_password_via_sms(ctx: Context) -> dict[str, Any]:
    user = _find(ctx)
    phone = phones.phone_of(ctx.env, user) if user is not None else None
    if user is None or phone is None:
        return {"sessionId": security.new_token()}  # leads nowhere, and looks like any other
    session_id, _ = codes.send_code(ctx.env, RESET_SMS, user.id, channel="sms", to=phone)
    return {"sessionId": session_id}


@operation("verifyResetPasswordViaSmsOtc")
def verify_reset_password_via_sms_otc(ctx: Context) -> dict[str, Any]:
    # otcToken is the code the SMS carried; sessionId came from resetPasswordViaSms.
    step = codes.check_code(ctx.env, ctx.body["sessionId"], RESET_SMS, ctx.body["otcToken"])
    user = users.get_user(ctx.env, step.user_id)
    codes.finish(ctx.env, step)
    token, _ = _reset_token(ctx, user, via="sms", send=False)
    return {"userId": user.id, "token": token}


@operation("verifyResetPassword")
def verify_reset_password(ctx: Context) -> None:
    b = ctx.body
    step = codes.take_challenge(ctx.env, b["token"], RESET, b["userId"])
    user = users.get_user(ctx.env, b["userId"])
    password_policy.set_password(ctx.env, user, b["password"])  # checks policy and history first
    codes.finish(ctx.env, step)
    user.failed_logins = 0
    if step.data.get("via") == "email":
        user.verified = True  # the link proved the mailbox


@operation("validateResetPasswordToken")
def validate_reset_password_token(ctx: Context) -> None:
    """Whether a reset link still works, without using it (openapi/identity-unpublished.yaml). Every
    failure is the one 410 (redux-store 7.119.0 ForgotPasswordState: the expired-link screen), so the
    answer tells an unknown user from a wrong token no better than verifyResetPassword does. The token
    is 256 random bits: guessing needs no throttle."""
    try:
        codes.take_challenge(ctx.env, ctx.body["token"], RESET, ctx.body["userId"])
    except Unauthorized:
        raise Gone("The password reset link has expired or was already used", code="ER-01030") from None
    if ctx.body["userId"] not in ctx.env.users:
        raise Gone("The password reset link has expired or was already used", code="ER-01030")


# The recovery channels the forgot-password page may offer, each served by its reset operation
# (resetPasswordViaEmail: a link by email; resetPasswordViaSms: a code to the user's phone).
RECOVERY_STRATEGIES = ("email", "sms")


@operation("getPasswordRecoveryStrategies")
def get_password_recovery_strategies(ctx: Context) -> list[dict[str, Any]]:
    return [{"strategy": strategy, "isActive": True} for strategy in RECOVERY_STRATEGIES]


@operation("sendResetBreachedPasswordEmails")
def send_reset_breached_password_emails(ctx: Context) -> None:
    """A reset email to each user of the account (every account for the environment token without
    frontegg-tenant-id) whose password was a breached one when set (``User.breached_password``).
    Limited like other sends (codeSends, per account), so the button cannot flood mailboxes."""
    tenant_id = ctx.tenant_id(required=False)
    throttle.spend(ctx.env, "codeSends", f"breached-reset:{tenant_id or ''}")
    # Peeked, and only the users emailed reached: a walk would make the store compare every user.
    for user_id, user in list(ctx.env.users.peek().items()):
        if user.breached_password and user.password_hash and (tenant_id is None or tenant_id in user.tenant_ids):
            _reset_token(ctx, ctx.env.users[user_id], via="email", send=True)


@operation("generateUserPasswordResetLink")
def generate_user_password_reset_link(ctx: Context) -> dict[str, Any]:
    user = users.get_user(ctx.env, ctx.path["userId"])
    token, link = _reset_token(ctx, user, via="link", send=False)
    return {"link": link, "token": token, "userId": user.id}


@operation("changePassword")
def change_password(ctx: Context) -> None:
    user = ctx.acting_user()
    if not security.verify_password(user.password_hash, ctx.body["password"]):
        raise BadRequest("The current password is incorrect", code="ER-01010")
    password_policy.set_password(ctx.env, user, ctx.body["newPassword"])


# ------------------------------------------------------------------ password policy
def _policy_view(ctx: Context) -> dict[str, Any]:
    p = password_policy.policy(ctx.env)
    keys = ("allowPassphrases", "blockPwnedPasswords", *POLICY_NUMBERS)
    view = {k: p[k] for k in keys}
    view["optionalTests"] = dict(p.get("optionalTests") or {})
    view["requiredTests"] = dict(p.get("requiredTests") or {})
    return view


@operation("getPasswordConfig", "getUserPasswordConfig")
def get_password_config(ctx: Context) -> dict[str, Any]:
    # One policy per environment: Frontegg's vendor config says tenants may not override it
    # (allowOverridePasswordComplexity: false), so the frontegg-tenant-id header changes nothing.
    return _policy_view(ctx)


@operation("addOrUpdatePasswordConfig", environment_wide=True)
def add_or_update_password_config(ctx: Context) -> dict[str, Any]:
    current = password_policy.policy(ctx.env)
    merged = {**current, **{k: v for k, v in ctx.body.items() if k not in ("optionalTests", "requiredTests")}}
    for key in ("optionalTests", "requiredTests"):
        if key in ctx.body:
            merged[key] = {**(current.get(key) or {}), **ctx.body[key]}
    for key in POLICY_NUMBERS:
        value = merged.get(key)
        if isinstance(value, float):
            if not value.is_integer():
                raise BadRequest(f"{key} must be a whole number")
            merged[key] = int(value)
    password_policy.validate_config(merged)
    ctx.env.policies["password"] = merged
    return _policy_view(ctx)


# ------------------------------------------------------------------ password history policy
def _history_tenant(ctx: Context) -> str | None:
    # Issue 14 finding 3: a user token wrote the environment's policy, which every other account then
    # enforced. A user token now reads and writes its own account's policy; environment tokens the
    # environment's (or an account's, with frontegg-tenant-id).
    return ctx.tenant_id(required=False)


def _history_view(ctx: Context) -> dict[str, Any]:
    p = password_policy.history_policy(ctx.env, _history_tenant(ctx))
    created = p.get("createdAt") or users.iso(ctx.env.created_at)
    return {
        # Before createPolicy the defaults apply; they get a stable id so reads agree with each other.
        "id": p.get("id") or str(uuid.uuid5(uuid.NAMESPACE_URL, f"frontegg-emulator:{ctx.env.id}:password-history")),
        "enabled": bool(p["enabled"]),
        "historySize": int(p["historySize"]),
        "createdAt": created,
        "updatedAt": p.get("updatedAt") or created,
    }


def _stored_history(ctx: Context) -> dict[str, Any]:
    return policies.stored(ctx.env, password_policy.HISTORY, _history_tenant(ctx))


def _store_history(ctx: Context, existing: dict[str, Any]) -> None:
    size = ctx.body["historySize"]
    if isinstance(size, float) and not size.is_integer():
        raise BadRequest("historySize must be a whole number")
    at = users.iso(security.now(ctx.env))
    doc = {
        "id": existing.get("id") or str(uuid.uuid4()),
        "enabled": bool(ctx.body["enabled"]),
        "historySize": int(size),
        "createdAt": existing.get("createdAt") or at,
        "updatedAt": at,
    }
    policies.put(ctx.env, password_policy.HISTORY, _history_tenant(ctx), doc)


@operation("getPolicy")
def get_policy(ctx: Context) -> dict[str, Any]:
    return _history_view(ctx)


@operation("createPolicy")
def create_policy(ctx: Context) -> dict[str, Any]:
    existing = _stored_history(ctx)
    if existing.get("id"):
        raise Conflict("A password history policy already exists; update it instead", code="ER-01060")
    _store_history(ctx, existing)
    return _history_view(ctx)


@operation("updatePolicy")
def update_policy(ctx: Context) -> dict[str, Any]:
    _store_history(ctx, _stored_history(ctx))
    return _history_view(ctx)
