"""Logins, sessions and the tokens they mint. Plain functions over an Environment; no HTTP.

A session is created when a login completes. Its refresh token is opaque and stored only as a digest;
refreshing rotates it. Access tokens are RS256 JWTs with Frontegg's claims and the session id, so
ending a session (logout, revoke) makes its access tokens stop working too.

The account's policies apply: its lockout policy counts failed passwords, its MFA policy decides whether
a second factor is due, and its sessions configuration bounds a session's lifetime (absolute timeout),
its idle time between refreshes (idle timeout) and how many a user keeps at once (the oldest end).
"""

from __future__ import annotations

import contextlib
from typing import Any

from ..errors import Unauthorized
from . import (
    access,
    codes,
    defaults,
    failures,
    migrations,
    policies,
    restrictions,
    security,
    throttle,
    user_extras,
    usernames,
)
from .mfa import remembered
from .model import Environment, Session, User, new_id
from .users import find_by_email, iso, mfa_devices_view

MFA_TOKEN_TTL = defaults.MFA_TOKEN_TTL
MFA_STRATEGIES = ("AuthenticatorApp", "WebAuthnPlatform", "WebAuthnCrossPlatform", "SMS", "EmailCode")


def refresh_cookie_name(env: Environment) -> str:
    """Frontegg's refresh cookie: fe_refresh_ followed by the client id without dashes."""
    return "fe_refresh_" + env.client_id.replace("-", "")


# Step-up claims (redux-store 7.119.0 auth/StepUpState/consts.js ACR_VALUE and AMR_* values, helpers.js
# isSteppedUp; @frontegg/client 5.3.2 clients/identity/step-up/constants.js and step-up.validator.js):
# acr names the multi-factor policy, amr holds "mfa" and the method of the factor (otp: a TOTP or emailed
# code, sms, hwk: a WebAuthn key), auth_time when that factor was given.
STEP_UP_ACR = "http://schemas.openid.net/pape/policies/2007/06/multi-factor"


def access_token(env: Environment, user: User, session: Session, tenant_id: str | None = None) -> tuple[str, int]:
    """A signed access token of the session, acting in ``tenant_id`` (one of the user's accounts; the
    session's own account when not given)."""
    ttl = defaults.access_token_ttl(env)
    issued = int(security.now(env))
    tenant_id = tenant_id or session.tenant_id
    if session.impersonated:
        # An impersonated session cannot be extended, so no token it mints outlives it.
        ttl = max(1, min(ttl, int(session.expires_at) - issued))
    roles, permissions = access.user_permissions(env, user, tenant_id)
    claims = {
        "sub": user.id,
        "name": user.name,
        "email": user.email,
        "email_verified": user.verified,
        "metadata": {},
        "roles": roles,
        "permissions": permissions,
        "tenantId": tenant_id,
        "tenantIds": list(user.tenant_ids),
        "profilePictureUrl": user.profile_picture_url or "",
        "sid": session.id,
        # Evidence: the `frontegg` PyPI SDK's FastAPI guard requires applicationId; one default
        # application per environment, identified by the environment's id.
        "applicationId": env.id,
        "type": "userToken",
        "iss": "frontegg-emulator",
        "aud": env.client_id,
        "iat": issued,
        "exp": issued + ttl,
    }
    if session.mfa_at is not None:
        claims.update(acr=STEP_UP_ACR, amr=["mfa", *session.mfa_methods], auth_time=int(session.mfa_at))
    return security.sign(env, claims), ttl


def _auth_body(env: Environment, user: User, session: Session, refresh_token: str) -> dict[str, Any]:
    token, ttl = access_token(env, user, session)
    return {
        "tokenType": "bearer",
        "mfaRequired": False,
        "accessToken": token,
        "refreshToken": refresh_token,
        "expiresIn": ttl,
        "expires": iso(security.now(env) + ttl),
        "userId": user.id,
        "userEmail": user.email,
        "emailVerified": user.verified,
    }


def is_live(env: Environment, session: Session) -> bool:
    """Not revoked, not past its expiry, and (when the account has an idle timeout) used recently enough."""
    at = security.now(env)
    if session.revoked or session.expires_at <= at:
        return False
    idle = policies.session_limit(env, session.tenant_id, "sessionIdleTimeoutConfiguration", "timeout")
    return idle is None or (session.last_active_at or session.created_at) + idle > at


def user_sessions(env: Environment, user_id: str) -> list[Session]:
    """A user's live sessions, oldest first."""
    # Peeked through the index, then the live ones reached: a walk would make the store compare every session.
    return [env.sessions[s.id] for s in env.sessions.of_user(user_id) if is_live(env, s)]


def start_session(
    env: Environment, user: User, *, user_agent: str = "", ip: str = "", max_lifetime: float | None = None
) -> dict[str, Any]:
    """Complete a login: open a session and answer with tokens. ``max_lifetime`` marks an impersonated
    session (domain/impersonation.py): it lives at most that long, and it is no login of the user's own
    (its last login and failed-login count stay as they were)."""
    # The account's IP rules apply at login (issue 14, finding 5): before, only requests carrying a
    # token of the account were checked, so a blocked address still signed in. Every way in (password,
    # code, link, MFA, SSO, sign-up) ends here.
    restrictions.check_ip(env, ip, user.tenant_id)
    at = security.now(env)
    refresh_token = security.new_token()
    lifetime = float(defaults.refresh_token_ttl(env))
    absolute = policies.session_limit(env, user.tenant_id, "sessionTimeoutConfiguration", "timeout")
    if absolute is not None:
        lifetime = min(lifetime, absolute)
    if max_lifetime is not None:
        lifetime = min(lifetime, max_lifetime)
    session = Session(
        id=new_id(),
        user_id=user.id,
        tenant_id=user.tenant_id,
        refresh_hash=security.digest(refresh_token),
        created_at=at,
        expires_at=at + lifetime,
        user_agent=user_agent,
        ip_address=ip,
        last_active_at=at,
        impersonated=max_lifetime is not None,
    )
    limit = policies.session_limit(env, user.tenant_id, "sessionConcurrentConfiguration", "maxSessions")
    if limit is not None:
        current = user_sessions(env, user.id)
        for oldest in current[: max(0, len(current) + 1 - int(limit))]:
            oldest.end(security.now(env))
    env.sessions[session.id] = session
    if not session.impersonated:
        user.last_login = at
        user.failed_logins = 0
    return _auth_body(env, user, session, refresh_token)


def mfa_required(env: Environment, user: User) -> bool:
    """Enrolled users always give a second factor; the account's policy can force everyone to."""
    enforced = policies.for_account(env, "mfa", user.tenant_id).get("enforceMFAType")
    return bool(user.mfa_devices) or enforced in ("Force", "ForceExceptSAML")


def mfa_challenge(env: Environment, user: User, *, step_up: Session | None = None) -> dict[str, Any]:
    """Answer a login that needs a second factor: an MFA token instead of access tokens. With
    ``step_up``, the factor steps up that (open) session instead of opening a new one."""
    token = codes.new_step(env, "mfa", user.id, MFA_TOKEN_TTL, {"stepUp": step_up.id} if step_up else None)
    active = env.policies.get("mfaStrategies", {})  # {strategy: isActive}; never set means active
    return {
        "tokenType": "bearer",
        "mfaRequired": True,
        "mfaToken": token,
        "mfaEnrolled": bool(user.mfa_devices),
        "mfaDevices": mfa_devices_view(user),
        "mfaStrategies": {s: {"isActive": bool(active.get(s, True))} for s in MFA_STRATEGIES},
        "userId": user.id,
        "userEmail": user.email,
        "emailVerified": user.verified,
    }


def login_or_challenge(
    env: Environment, user: User, *, user_agent: str = "", ip: str = "", device_cookie: str | None = None
) -> dict[str, Any]:
    """Tokens, or an MFA challenge when a second factor is due (a valid remembered-device cookie skips it)."""
    if mfa_required(env, user) and not remembered(env, user, device_cookie):
        restrictions.check_ip(env, ip, user.tenant_id)  # no second step for a blocked address either
        return mfa_challenge(env, user)
    return start_session(env, user, user_agent=user_agent, ip=ip)


def login_with_password(
    env: Environment,
    identifier: str,
    password: str,
    *,
    user_agent: str = "",
    ip: str = "",
    device_cookie: str | None = None,
) -> dict[str, Any]:
    # Wrong passwords are limited per identifier, known or not (so a 429 reveals nothing), and
    # checked before the password: during the wait a right one is refused too (issue 14, finding 7).
    # The account's lockout policy, when enabled, usually acts first.
    attempts = "login:" + identifier.strip().lower()
    throttle.check(env, "passwordFailures", attempts)
    user = find_by_email(env, identifier) or usernames.find_user(env, identifier)
    if user is None:
        security.verify_password(None, password)  # one argon2 verification, as for a known user
        throttle.record(env, "passwordFailures", attempts)
        raise failures.WrongCredentials()
    correct = security.verify_password(user.password_hash, password)
    if user.locked:
        # Only the right password learns that the account is locked: a wrong one gets the error an
        # unknown email gets, so guessing cannot tell locked accounts (and so existing ones) apart.
        if correct:
            raise failures.UserLocked()
        throttle.record(env, "passwordFailures", attempts)
        raise failures.WrongCredentials()
    if not (correct or migrations.verify_migrated_password(env, user, password)):
        throttle.record(env, "passwordFailures", attempts)
        user.failed_logins += 1
        lockout = policies.for_account(env, "lockout", user.tenant_id)
        if lockout.get("enabled") and user.failed_logins >= int(lockout["maxAttempts"]):
            user.locked = True
            user_extras.send_unlock_email(env, user)
        raise failures.WrongCredentials()
    if user_extras.expired(env, user):
        raise failures.UserAccessExpired()
    if not user.activated:
        raise failures.UserNotActivated()
    if not user.verified and not env.policies.get("vendor", {}).get("allowNotVerifiedUsersLogin", False):
        raise failures.EmailNotVerified()
    throttle.forget(env, "passwordFailures", attempts)
    return login_or_challenge(env, user, user_agent=user_agent, ip=ip, device_cookie=device_cookie)


RETIRED_REFRESH_KEPT = defaults.RETIRED_REFRESH_KEPT


def session_for_refresh(env: Environment, refresh_token: str) -> Session:
    wanted = security.digest(refresh_token)
    session = env.sessions.by_refresh_hash(wanted)  # the index (domain/model.py Sessions); reached
    if session is not None:
        if security.same(session.refresh_hash, wanted):
            if is_live(env, session):
                return session
        elif any(security.same(old, wanted) for old in session.retired_refresh_hashes):
            # A rotated-out token came back: either the client or a thief holds a copy. The session
            # ends for both (RFC 9700 section 4.14.2); the refusal is the same as for any dead token.
            session.end(security.now(env))
    raise failures.RefreshTokenInvalid()


def refresh(env: Environment, refresh_token: str, tenant_id: str | None = None) -> dict[str, Any]:
    session = session_for_refresh(env, refresh_token)
    user = env.users.get(session.user_id)
    if user is None or user.locked:
        raise failures.RefreshTokenInvalid()
    if tenant_id and tenant_id in user.tenant_ids:
        session.tenant_id = tenant_id
    # Rotation: the old refresh token stops working, and is remembered so that a replay ends the session.
    return _auth_body(env, user, session, _rotate(env, session))


def _rotate(env: Environment, session: Session) -> str:
    """A new refresh token for the session; the old one is retired (a replay of it ends the session)."""
    new_refresh = security.new_token()
    session.retired_refresh_hashes = [*session.retired_refresh_hashes, session.refresh_hash][-RETIRED_REFRESH_KEPT:]
    session.refresh_hash = security.digest(new_refresh)
    session.last_active_at = security.now(env)
    return new_refresh


def stepped_up_within(env: Environment, session: Session, max_age: float | None) -> bool:
    """The session passed a second factor, ``max_age`` seconds ago at most when given."""
    if session.mfa_at is None:
        return False
    return max_age is None or security.now(env) - session.mfa_at <= max_age


def step_up(env: Environment, user: User, session: Session, method: str | None) -> dict[str, Any]:
    """The session's login answer after a second factor: with ``method`` (the factor just given) the
    session is stepped up now; without, it keeps the step-up it has. New tokens either way."""
    if not is_live(env, session) or session.user_id != user.id:
        raise failures.StepUpSessionEnded()
    if method is not None:
        session.mfa_at = security.now(env)
        session.mfa_methods = [method]
    return _auth_body(env, user, session, _rotate(env, session))


def logout(env: Environment, refresh_token: str | None, session_id: str | None) -> None:
    if refresh_token:
        with contextlib.suppress(Unauthorized):
            session_for_refresh(env, refresh_token).end(security.now(env))
    if session_id and session_id in env.sessions:
        env.sessions[session_id].end(security.now(env))
