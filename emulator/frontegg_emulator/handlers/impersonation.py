"""Impersonation: redeem an actor token for a session of the user it names (domain/impersonation.py)."""

from __future__ import annotations

from typing import Any

from ..domain import impersonation
from .auth import _with_refresh_cookie
from .base import Context, operation

# IImpersonateResponse of @frontegg/rest-api 7.119.0 (impersonate/interfaces.d.ts): the login answer's
# token fields only.
RESPONSE_FIELDS = ("accessToken", "tokenType", "refreshToken", "expiresIn", "expires")


@operation("impersonateUser")
def impersonate_user(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    login = impersonation.redeem(
        ctx.env, b["actorToken"], b["impersonatedUserId"], user_agent=ctx.user_agent, ip=ctx.client_ip
    )
    # The browser reads none of the body (redux-store 7.119.0 auth/ImpersonateState/actions.js goes on
    # with afterAuthNavigation, which refreshes from the cookie set here, as after any login).
    return _with_refresh_cookie(ctx, {k: login[k] for k in RESPONSE_FIELDS})
