"""Passkeys (openapi/identity-unpublished.yaml, tag Passkeys): signing in with a discoverable WebAuthn
credential alone, and the signed-in user's own passkeys (list, register, remove).

The sign-in answers as every other login does (``sessions.login_or_challenge``: tokens and the refresh
cookie, or an MFA challenge when the account requires a second factor): ``@frontegg/redux-store``
7.119.0 LoginState ``webAuthnPostLogin`` checks ``isMfaRequired`` on the answer, and Frontegg's Swift SDK
(Api.swift ``postloginWebauthn``) reads the ``fe_refresh`` cookie.
"""

from __future__ import annotations

from typing import Any

from ..domain import passkeys, user_extras, users
from ..domain.model import User
from ..errors import Unauthorized
from .auth import _login
from .base import Context, operation


def _named(ctx: Context) -> tuple[User | None, str]:
    """The user a prelogin names by userId or email (rest-api IWebAuthnPreLogin), and the name given."""
    body = ctx.body if isinstance(ctx.body, dict) else {}
    user_id, email = str(body.get("userId") or "").strip(), str(body.get("email") or "").strip()
    user = ctx.env.users.get(user_id) if user_id else None
    if user is None and email:
        user = users.find_by_email(ctx.env, email)
    return user, user_id or email


@operation("preLoginWithWebauthn")
def pre_login_with_webauthn(ctx: Context) -> dict[str, Any]:
    user, named = _named(ctx)
    return {"options": passkeys.login_options(ctx.env, user, named)}


@operation("loginWithWebauthn")
def login_with_webauthn(ctx: Context) -> dict[str, Any]:
    user = passkeys.authenticate(ctx.env, ctx.body)
    # The passkey proved who this is; whether that user may sign in is the password login's question.
    if user.locked:
        raise Unauthorized("The user is locked", code="ER-01022")
    if not user.activated:
        raise Unauthorized("The user is not activated", code="ER-01023")
    if user_extras.expired(ctx.env, user):
        raise Unauthorized("The user's access has expired", code="ER-01026")
    return _login(ctx, user)


@operation("listWebauthnDevices")
def list_webauthn_devices(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    return {"devices": [passkeys.view(p) for p in sorted(user.passkeys, key=lambda p: p.created_at)]}


@operation("createWebauthnDeviceSession")
def create_webauthn_device_session(ctx: Context) -> dict[str, Any]:
    return {"options": passkeys.registration_options(ctx.env, ctx.acting_user())}


@operation("verifyWebauthnDeviceSession")
def verify_webauthn_device_session(ctx: Context) -> None:
    device_type = ctx.body.get("deviceType")
    passkeys.register(ctx.env, ctx.acting_user(), ctx.body, device_type if isinstance(device_type, str) else None)


@operation("deleteWebauthnDevice")
def delete_webauthn_device(ctx: Context) -> None:
    passkeys.remove(ctx.acting_user(), ctx.path["deviceId"])
