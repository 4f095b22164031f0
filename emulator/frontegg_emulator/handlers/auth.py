"""Sign-up, activation, password login, refresh, logout and the environment's public configuration."""

from __future__ import annotations

from typing import Any

from ..domain import codes, defaults, mfa, security, sessions, throttle, users
from ..errors import BadRequest, NotFound, Unauthorized
from .base import Context, Cookie, Reply, operation


def _with_refresh_cookie(ctx: Context, body: dict[str, Any]) -> dict[str, Any]:
    """Frontegg's browser flow keeps the refresh token in a cookie; set it whenever a login completes."""
    if body.get("refreshToken"):
        ttl = defaults.refresh_token_ttl(ctx.env)
        ctx.reply_cookies.append(Cookie(sessions.refresh_cookie_name(ctx.env), body["refreshToken"], ttl))
    return body


def _device_cookie(ctx: Context) -> str | None:
    """The remember-this-device cookie a previous MFA verification set, if the browser sent it."""
    return ctx.cookies.get(mfa.device_cookie_name(ctx.env))


def _login(ctx: Context, user: Any) -> dict[str, Any]:
    body = sessions.login_or_challenge(
        ctx.env, user, user_agent=ctx.user_agent, ip=ctx.client_ip, device_cookie=_device_cookie(ctx)
    )
    return _with_refresh_cookie(ctx, body)


VENDOR_DEFAULTS: dict[str, Any] = {
    "defaultTokenExpiration": defaults.ACCESS_TOKEN_TTL,
    "defaultRefreshTokenExpiration": defaults.REFRESH_TOKEN_TTL,
    "cookieSameSite": "NONE",
    "allowSignups": True,
    "apiTokensEnabled": True,
    "allowOverridePasswordComplexity": False,
    "allowOverridePasswordExpiration": False,
    "allowOverrideEnforcePasswordHistory": False,
    "jwtAlgorithm": "RS256",
    "allowNotVerifiedUsersLogin": False,
    "forcePermissions": False,
    "authStrategy": "EmailAndPassword",
    "defaultPasswordlessTokenExpiration": defaults.PASSWORDLESS_TTL,
    "forceSameDeviceOnAuth": False,
    "allowTenantInvitations": True,
    "rotateRefreshTokens": True,
    "machineToMachineAuthStrategy": "ClientCredentials",
    "addRolesToJwt": True,
    "addPermissionsToJwt": True,
    "refreshTokensRotationLimit": 0,
    "addSamlAttributesToJwt": False,
    "allowCustomLoginTenantSwitch": False,
}


@operation("getVendorConfig")
def get_vendor_config(ctx: Context) -> dict[str, Any]:
    """The stored configuration over its defaults; identity and key material always come from the environment."""
    stored = {k: v for k, v in ctx.env.policies.get("vendor", {}).items() if k in VENDOR_DEFAULTS}
    # The RS256 key signs user JWTs; there is no shared secret to reveal.
    return {
        **VENDOR_DEFAULTS,
        **stored,
        "id": ctx.env.id,
        "publicKey": security.public_key_pem(ctx.env),
        "jwtSecret": "",
    }


@operation("signUp")
def sign_up(ctx: Context) -> dict[str, Any]:
    user, tenant = users.sign_up(ctx.env, ctx.body)
    if ctx.env.policies.get("vendor", {}).get("allowNotVerifiedUsersLogin", False):
        user.activated = True
        return {"shouldActivate": False, "userId": user.id, "tenantId": tenant.id, "authResponse": _login(ctx, user)}
    token = users.start_activation(ctx.env, user, ctx.app_url)
    # The activation token is also in the emulator's outbox; returning it lets link-driven
    # (stateful) tests continue to activateUser without reading email.
    return {"shouldActivate": True, "userId": user.id, "tenantId": tenant.id, "activationToken": token}


@operation("activateUser")
def activate_user(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    user = users.activate(ctx.env, b["userId"], b["token"], b.get("password"))
    return _login(ctx, user)


@operation("activateUserWithCode")
def activate_user_with_code(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    user = users.activate(ctx.env, b["userId"], b["token"], b.get("password"), code=b["code"])
    return _login(ctx, user)


@operation("getUserActivationStrategy")
def get_user_activation_strategy(ctx: Context) -> dict[str, Any]:
    codes.take_challenge(ctx.env, ctx.query["token"], "activation", ctx.query["userId"])
    user = users.get_user(ctx.env, ctx.query["userId"])
    return {"shouldSetPassword": user.password_hash is None and user.provider == "local"}


@operation("resetActivationToken")
def reset_activation_token(ctx: Context) -> None:
    user = users.find_by_email(ctx.env, ctx.body["email"])
    if ctx.principal is None:
        # The activation page's resend (issue 15: @frontegg/redux-store 7.119.0 ActivateAccountState
        # resendActivationEmail, no token): it answers alike for unknown and activated users, so an
        # anonymous caller learns nothing about who has an account. Counted per address, known or not,
        # so nobody can flood a mailbox with activation emails.
        throttle.spend(ctx.env, "codeSends", f"activation:{str(ctx.body['email']).strip().lower()}")
        if user is not None and not user.activated:
            users.start_activation(ctx.env, user, ctx.app_url)
        return
    if user is None:
        raise NotFound("No user with this email", code="ER-01001")
    if user.activated:
        raise BadRequest("The user is already activated", code="ER-01033")
    users.start_activation(ctx.env, user, ctx.app_url)


@operation("generateUserActivationLink")
def generate_user_activation_link(ctx: Context) -> dict[str, Any]:
    user = users.get_user(ctx.env, ctx.path["userId"])
    if user.activated:
        raise BadRequest("The user is already activated", code="ER-01033")
    token = users.start_activation(ctx.env, user, ctx.app_url)
    link = ctx.env.outbox[-1].link or ""
    return {"link": link, "token": token, "userId": user.id}


@operation("loginWithPassword")
def login_with_password(ctx: Context) -> dict[str, Any]:
    # Neither email nor username: no user can match, so the credentials are wrong (401). The spec
    # cannot require "one of the two" without degrading the generated model to Any.
    identifier = ctx.body.get("email") or ctx.body.get("username") or ""
    body = sessions.login_with_password(
        ctx.env,
        identifier,
        ctx.body["password"],
        user_agent=ctx.user_agent,
        ip=ctx.client_ip,
        device_cookie=_device_cookie(ctx),
    )
    return _with_refresh_cookie(ctx, body)


@operation("refreshUserToken")
def refresh_user_token(ctx: Context) -> dict[str, Any]:
    token = ctx.cookies.get(sessions.refresh_cookie_name(ctx.env))
    if not token:
        raise Unauthorized("The refresh token cookie is missing", code="ER-01025")
    tenant_id = ctx.body.get("tenantId") if isinstance(ctx.body, dict) else None
    return _with_refresh_cookie(ctx, sessions.refresh(ctx.env, token, tenant_id))


@operation("logout")
def logout(ctx: Context) -> Reply:
    name = sessions.refresh_cookie_name(ctx.env)
    session_id = ctx.principal.session_id if ctx.principal else None
    sessions.logout(ctx.env, ctx.cookies.get(name), session_id)
    return Reply(None, cookies=[Cookie(name, "", max_age=0)])
