"""Impersonation: someone acting as one of the environment's users, with a one-time actor token.

Frontegg issues the actor token from its portal ("Impersonate user", open only to the portal's Owner
and Impersonator roles, developers.frontegg.com guides/management/manage-users/impersonation); the
browser then redeems it at POST /identity/resources/impersonation/v1 (@frontegg/rest-api 7.119.0
impersonate/index.js). In the emulator the portal is its admin surface (POST
/_emulator/users/{id}/impersonate), so no token of the emulated API, whatever its permissions, can mint
one. The session it opens lasts at most an hour, cannot be extended, and shows as impersonated among
the user's sessions (the same guide).
"""

from __future__ import annotations

from typing import Any

from . import codes, failures, sessions, users
from .model import Environment, User

KIND = "impersonation"
# How long an actor token may wait to be redeemed. The portal opens the app at once, so minutes suffice;
# Frontegg does not publish the figure.
ACTOR_TOKEN_TTL = 300
SESSION_LIMIT = 3600  # "at most 60 minutes and cannot be extended"


def issue_actor_token(env: Environment, user: User) -> dict[str, Any]:
    """A one-time token that opens one impersonated session of ``user``, in this environment only."""
    token = codes.new_step(env, KIND, user.id, ACTOR_TOKEN_TTL)
    return {"actorToken": token, "impersonatedUserId": user.id, "expiresIn": ACTOR_TOKEN_TTL}


def redeem(env: Environment, actor_token: str, user_id: str, *, user_agent: str = "", ip: str = "") -> dict[str, Any]:
    """Open the impersonated session: the token must be alive, unused and issued for exactly this user."""
    challenge = codes.take_challenge(env, actor_token, KIND, user_id)
    del env.challenges[challenge.token_hash]  # good once, also when what follows refuses
    user = users.get_user(env, user_id)
    if user.locked:
        raise failures.UserLocked()
    return sessions.start_session(env, user, user_agent=user_agent, ip=ip, max_lifetime=SESSION_LIMIT)
