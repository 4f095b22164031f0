"""The optional ``--admin-token`` of ``/_emulator/``: who may read the outbox, reset state, use the web UI.

Without a token (the default, for a laptop) the admin surface is open, as before. With one, a request
under ``/_emulator`` needs the token as ``Authorization: Bearer <token>`` or ``X-Emulator-Admin-Token``
(scripts, the contract suite), or the web UI's cookie, which its sign-in form sets. The token must be
long enough that guessing it is hopeless (``MIN_LENGTH``), so wrong guesses need no counting; they are
compared in constant time. The cookie holds an HMAC of the token, not the token, and is HttpOnly,
SameSite=Strict and scoped to ``/_emulator``: another site's page can neither read it nor send it.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from .errors import Unauthorized

if TYPE_CHECKING:  # the CLI checks a token with this module before starlette is imported
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, Response

ROOT = "/_emulator"
SIGN_IN = ROOT + "/ui/sign-in"
STATIC = ROOT + "/ui/static/"
HEADER = "x-emulator-admin-token"
COOKIE = "fe_emulator_admin"
MIN_LENGTH = 16


class AdminTokenError(ValueError):
    """An --admin-token that would be easy to guess."""


def check_token(token: str) -> str:
    if len(token) < MIN_LENGTH or token != token.strip():
        raise AdminTokenError(
            f"the admin token must be at least {MIN_LENGTH} characters without surrounding spaces "
            "(python -c 'import secrets; print(secrets.token_urlsafe(24))' makes one)"
        )
    return token


def _cookie_value(token: str) -> str:
    return hmac.new(token.encode(), b"frontegg-emulator web UI", hashlib.sha256).hexdigest()


def _same(given: str, expected: str) -> bool:
    # Digests first: compare_digest still tells the length of its arguments apart.
    return hmac.compare_digest(hashlib.sha256(given.encode()).digest(), hashlib.sha256(expected.encode()).digest())


def is_admin_path(path: str) -> bool:
    return path == ROOT or path.startswith(ROOT + "/")


def permits(token: str | None, request: Request) -> bool:
    """Whether a request under /_emulator may go on."""
    path = request.scope["path"]
    if token is None or path.startswith(STATIC) or path == SIGN_IN:
        return True
    authorization = request.headers.get("authorization", "")
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() == "bearer" and _same(given.strip(), token):
        return True
    if HEADER in request.headers and _same(request.headers[HEADER], token):
        return True
    return _same(request.cookies.get(COOKIE, ""), _cookie_value(token))


def wants_html(request: Request) -> bool:
    return request.scope["path"].startswith(ROOT + "/ui") or (
        request.scope["path"] in (ROOT, ROOT + "/") and "text/html" in request.headers.get("accept", "")
    )


def refusal() -> Unauthorized:
    return Unauthorized(
        "The admin surface needs the emulator's admin token: Authorization: Bearer <token> or "
        f"{HEADER}: <token> (serve --admin-token)"
    )


def sign_in(token: str, request: Request, method: str, raw: bytes, headers: dict[str, str]) -> Response:
    """The web UI's sign-in page (GET) and form (POST): a right token sets the cookie and goes home."""
    from starlette.responses import RedirectResponse

    secure = request.url.scheme == "https"
    if method == "POST":
        try:
            form = {k: v[-1] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
        except UnicodeDecodeError:
            form = {}
        if _same(form.get("token", ""), token):
            response = RedirectResponse(ROOT + "/", status_code=303)
            response.set_cookie(
                COOKIE, _cookie_value(token), path=ROOT, httponly=True, samesite="strict", secure=secure
            )
            return response
        return _page(headers, wrong=True)
    return _page(headers, wrong=False, status=200 if request.scope["path"] == SIGN_IN else 401)


def _page(headers: dict[str, str], *, wrong: bool, status: int = 401) -> HTMLResponse:
    from starlette.responses import HTMLResponse

    message = '<p class="error" role="alert">That is not the admin token.</p>' if wrong else ""
    html = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Frontegg emulator</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{STATIC}app.css">
</head>
<body>
<main>
<h1>Frontegg emulator</h1>
<p>This emulator was started with <code>--admin-token</code>. Enter that token to use the admin pages.</p>
{message}
<form method="post" action="{SIGN_IN}">
  <label>Admin token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
  <button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
"""
    return HTMLResponse(html, status_code=401 if wrong else status, headers=headers)
