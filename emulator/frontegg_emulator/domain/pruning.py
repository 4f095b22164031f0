"""What an environment stops keeping: expired challenges and codes, sessions ended long enough ago, and
all but the newest outbox messages. No HTTP here.

Nothing pruned is visible any more: an expired challenge or code answers as a missing one does
(``codes.take_challenge``), an ended session lists nowhere and refreshes nothing (``sessions.is_live``).
An ended session is kept for ``SESSION_RETENTION`` all the same, so the web UI can still show a recent
logout. The outbox keeps the newest ``OUTBOX_KEPT`` messages: enough for any test to read the message it
caused, bounded for a long-running server.

Run at the end of a unit of work (``Emulation.transaction``) at most once per ``INTERVAL`` of the
environment's clock, which /_emulator/clock/advance moves. The scans read the collections without
reaching them (``peek``), so only what is removed is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import defaults
from .model import Environment, Session

INTERVAL = 60.0
SESSION_RETENTION = float(defaults.SESSION_RETENTION)
OUTBOX_KEPT = defaults.OUTBOX_KEPT


@dataclass(frozen=True)
class Pruned:
    challenges: int
    sessions: int
    outbox: int


def due(last: float | None, at: float) -> bool:
    """Whether a pruning last run at ``last`` (None: never in this process) should run again at ``at``."""
    return last is None or at >= last + INTERVAL or at < last


def prune(env: Environment, at: float) -> Pruned:
    challenges = [key for key, c in env.challenges.peek().items() if c.expires_at <= at]
    for key in challenges:
        del env.challenges[key]
    sessions = [key for key, s in env.sessions.peek().items() if _ended(s, at) + SESSION_RETENTION <= at]
    for key in sessions:
        del env.sessions[key]
    excess = len(env.outbox) - OUTBOX_KEPT
    if excess > 0:
        del env.outbox[:excess]  # the oldest: messages are appended as they are sent
    return Pruned(len(challenges), len(sessions), max(excess, 0))


def _ended(session: Session, at: float) -> float:
    """When the session ended (its revocation or its expiry), or ``at`` when it is still open."""
    if session.revoked:
        # Sessions revoked before ended_at was stored: from their last use.
        return session.ended_at if session.ended_at is not None else session.last_active_at or session.created_at
    return session.expires_at if session.expires_at <= at else at
