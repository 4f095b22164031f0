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


@operation("getActiveSessions")
def get_active_sessions(ctx: Context) -> list[dict[str, Any]]:
    current = _current(ctx)
    return [
        {
            "id": s.id,
            "userAgent": s.user_agent,
            "ipAddress": s.ip_address,
            "createdAt": iso(s.created_at),
            "expires": iso(s.expires_at),
            "current": s.id == current,
            "impersonated": False,
        }
        for s in sorted(_active(ctx), key=lambda s: s.created_at)
    ]


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
