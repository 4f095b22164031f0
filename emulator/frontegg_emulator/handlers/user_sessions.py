"""The caller's own sessions: list them, end one, end all the others; and an administrator ending all
the sessions of one user (revokeSessionsForUser).

Ending a session revokes it: its refresh token stops working and so do the access tokens it minted
(``access.principal_from_token`` checks the session of every user token).
"""

from __future__ import annotations

from typing import Any

from ..domain import access, security, sessions, users
from ..domain.model import Session
from ..domain.users import iso
from ..errors import Forbidden, NotFound
from .base import Context, operation


def _active(ctx: Context) -> list[Session]:
    return sessions.user_sessions(ctx.env, ctx.acting_user().id)


def _current(ctx: Context) -> str | None:
    return ctx.principal.session_id if ctx.principal is not None else None


def _view(session: Session, current: str | None) -> dict[str, Any]:
    return {
        "id": session.id,
        "userAgent": session.user_agent,
        "ipAddress": session.ip_address,
        "createdAt": iso(session.created_at),
        "expires": iso(session.expires_at),
        "current": session.id == current,
        "impersonated": session.impersonated,
    }


@operation("getActiveSessions")
def get_active_sessions(ctx: Context) -> list[dict[str, Any]]:
    current = _current(ctx)
    return [_view(s, current) for s in sorted(_active(ctx), key=lambda s: s.created_at)]


@operation("getCurrentUserSession")
def get_current_user_session(ctx: Context) -> dict[str, Any]:
    """The session of the login that minted the caller's token (openapi/identity-unpublished.yaml). A
    token minted without a session (none today) or one whose session ended has none to answer."""
    current = _current(ctx)
    session = next((s for s in _active(ctx) if s.id == current), None)
    if session is None:
        raise NotFound("Session not found", code="ER-01080")
    return _view(session, current)


@operation("deleteUserSession")
def delete_user_session(ctx: Context) -> None:
    session = next((s for s in _active(ctx) if s.id == ctx.path["id"]), None)
    if session is None:
        raise NotFound("Session not found", code="ER-01080")
    session.end(security.now(ctx.env))


@operation("deleteAllUserActiveSessions")
def delete_all_user_active_sessions(ctx: Context) -> None:
    """Sign out everywhere else: every session of the caller but the one making the call ends."""
    current = _current(ctx)
    for session in _active(ctx):
        if session.id != current:
            session.end(security.now(ctx.env))


# Frontegg's built-in permission for revoking another user's sessions ("Revoke user sessions"; seeded in
# domain/seed.py, held by the Admin role).
REVOKE_PERMISSION = "fe.secure.delete.sessions"


@operation("revokeSessionsForUser")
def revoke_sessions_for_user(ctx: Context) -> None:
    """End the sessions of the user the body names (openapi/identity-unpublished.yaml). A user token
    acts on members of its own account only (another account's user is a 404, as unknown ones are) and
    ends their sessions in that account; the environment token ends them everywhere, or in the account
    frontegg-tenant-id names."""
    if ctx.principal is not None and ctx.principal.kind == access.USER:
        ctx.require_permission(REVOKE_PERMISSION)
    tenant_id = ctx.tenant_id(required=False)
    user = users.user_in_tenant(ctx.env, ctx.body["userId"], tenant_id)
    users.end_sessions(ctx.env, user.id, tenant_id)


@operation("getUserJwt")
def get_user_jwt(ctx: Context) -> dict[str, Any]:
    """A new access token of the caller's login acting in one of the caller's accounts, with the roles
    and permissions held there (openapi/identity-unpublished.yaml). The emulator's user tokens act only
    in accounts their user belongs to (``access.principal_from_token``), so another account, a
    sub-account included, is refused alike whether or not it exists."""
    user = ctx.acting_user()
    session_id = ctx.principal.session_id if ctx.principal is not None else None
    session = ctx.env.sessions.get(session_id) if session_id else None
    if session is None:
        raise Forbidden("Only a signed-in user's login can mint tokens", code="ER-01003")
    tenant_id = ctx.body["tenantId"]
    if tenant_id not in user.tenant_ids or tenant_id in user.disabled_tenants:
        raise Forbidden("The user has no access to this account", code="ER-01004")
    token, ttl = sessions.access_token(ctx.env, user, session, tenant_id)
    return {"accessToken": token, "expires": iso(security.now(ctx.env) + ttl), "expiresIn": ttl}
