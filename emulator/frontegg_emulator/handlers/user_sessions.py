"""The caller's own sessions: list them, end one, end all the others.

Ending a session revokes it: its refresh token stops working and so do the access tokens it minted
(``access.principal_from_token`` checks the session of every user token).
"""

from __future__ import annotations

from typing import Any

from ..domain import security, sessions
from ..domain.model import Session
from ..domain.users import iso
from ..errors import NotFound
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
