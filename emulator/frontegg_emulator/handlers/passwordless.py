"""Passwordless logins: a code by email, a magic link, or a code by SMS, then the usual login.

The pre-login step 'sends' the code or link (``/_emulator/outbox``) and answers the same whether or not
the user exists, so it reveals nothing. The post-login step takes what was sent (``token``: the code
itself, or the link's token), and goes through ``sessions.login_or_challenge``: MFA still applies.
"""

from __future__ import annotations

from typing import Any

from ..domain import codes, defaults, mfa, phones, sessions, throttle, users
from ..domain.model import User
from ..errors import Unauthorized
from .auth import _with_refresh_cookie
from .base import Context, operation

EMAIL_CODE = "passwordless-email-code"
MAGIC_LINK = "passwordless-magic-link"
SMS_CODE = "passwordless-sms-code"
TTL = defaults.PASSWORDLESS_TTL


def _user(ctx: Context, kind: str) -> User | None:
    """The user a pre-login names (by userId, email or username), if it may sign in.

    Counted against the identifier (known or not, so a 429 reveals nothing): a victim can be sent only
    a few codes per window, each good for a few guesses.
    """
    b = ctx.body
    named = next((str(b[k]).strip().lower() for k in ("userId", "email", "username", "phoneNumber") if b.get(k)), "")
    throttle.spend(ctx.env, "codeSends", f"{kind}:{named}")
    user = ctx.env.users.get(str(b.get("userId") or ""))
    if user is None and isinstance(b.get("phoneNumber"), str) and b["phoneNumber"]:
        # The SMS-code sign-in after a sign-up by phone number names the user by its number (redux-store
        # 7.119.0 SignUpState signUpUserWithPhoneNumber: passwordlessPreLogin {phoneNumber, type SmsCode}).
        user = phones.user_by_phone(ctx.env, b["phoneNumber"])
    if user is None:
        for identifier in (b.get("email"), b.get("username")):
            if isinstance(identifier, str) and identifier:
                user = users.find_by_email(ctx.env, identifier)
                if user is not None:
                    break
    if user is None or user.locked or not user.activated:
        return None
    return user


def _post_login(ctx: Context, kind: str) -> dict[str, Any]:
    address = f"{kind}:{ctx.client_ip}"
    throttle.check(ctx.env, "codeFailures", address)
    if kind == MAGIC_LINK:
        step = codes.take_challenge(ctx.env, ctx.body["token"], kind)  # 256 random bits: not guessable
    else:
        try:
            step = codes.take_by_code(ctx.env, ctx.body["token"], kind)
        except Unauthorized:
            throttle.record(ctx.env, "codeFailures", address)
            raise
    user = ctx.env.users.get(step.user_id)
    if user is None or user.locked:
        raise Unauthorized("The token is invalid or has expired", code="ER-01030")
    codes.finish(ctx.env, step)
    if kind != SMS_CODE:
        user.verified = True  # the code or link proved the mailbox
    cookie = ctx.cookies.get(mfa.device_cookie_name(ctx.env))
    body = sessions.login_or_challenge(ctx.env, user, user_agent=ctx.user_agent, ip=ctx.client_ip, device_cookie=cookie)
    return _with_refresh_cookie(ctx, body)


@operation("preLoginWithEmailCode")
def pre_login_with_email_code(ctx: Context) -> None:
    user = _user(ctx, EMAIL_CODE)
    if user is not None:
        codes.send_code(ctx.env, EMAIL_CODE, user.id, channel="email", to=user.email, ttl=TTL, keyed_by_code=True)


@operation("loginWithEmailCode")
def login_with_email_code(ctx: Context) -> dict[str, Any]:
    return _post_login(ctx, EMAIL_CODE)


@operation("preLoginWithMagicLink")
def pre_login_with_magic_link(ctx: Context) -> None:
    user = _user(ctx, MAGIC_LINK)
    if user is not None:
        codes.replace_pending(ctx.env, MAGIC_LINK, user.id)
        token = codes.new_step(ctx.env, MAGIC_LINK, user.id, TTL)
        link = f"{ctx.app_url}/account/login/magic-link?token={token}"
        codes.outbox(ctx.env, "email", user.email, MAGIC_LINK, user.id, token=token, link=link)


@operation("loginWithMagicLink")
def login_with_magic_link(ctx: Context) -> dict[str, Any]:
    return _post_login(ctx, MAGIC_LINK)


@operation("preLoginWithSmsCode")
def pre_login_with_sms_code(ctx: Context) -> dict[str, Any]:
    user = _user(ctx, SMS_CODE)
    phone = phones.phone_of(ctx.env, user) if user is not None else None
    if user is None or phone is None:
        # Frontegg would offer to set a phone number (resetPhoneNumberToken); the emulator sends nothing.
        return {}
    codes.send_code(ctx.env, SMS_CODE, user.id, channel="sms", to=phone, ttl=TTL, keyed_by_code=True)
    return {"phoneNumber": codes.mask_phone(phone)}


@operation("loginWithSmsCode")
def login_with_sms_code(ctx: Context) -> dict[str, Any]:
    return _post_login(ctx, SMS_CODE)
