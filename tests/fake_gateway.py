"""A fake Frontegg gateway for httpx.MockTransport: just enough server for the client-side auth tests.

It issues environment tokens at ``/auth/vendor`` and user tokens at the user refresh endpoint,
answers every other path under ``/identity`` with 200 for a token it issued (404 for
``/identity/resources/users/v1/missing``) and 401 otherwise, always in Frontegg's error shape with a
``frontegg-trace-id`` header, and records every request so tests can count them. Thread-safe, and
usable from sync and async clients alike.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

CLIENT_ID = "9b2f6c1e-0d4a-4e8b-a1c3-5f7e9d2b4c6a"
API_KEY = "sekrit-api-key-0f3c9a"
COOKIE = "fe_refresh_" + CLIENT_ID.replace("-", "")
GATEWAY = "https://api.frontegg.com"
REFRESH_PATH = "/identity/resources/auth/v1/user/token/refresh"
TRACE_ID = "trace-5e1d"


def jwt(exp: float | None = None, **claims: Any) -> str:
    """An unsigned JWT-shaped token; the client only reads its claims."""

    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    body = dict(claims, **({"exp": int(exp)} if exp is not None else {}))
    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(body)}.c2ln"


def error(status: int, message: str, code: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"errors": [message]}
    if code:
        body["errorCode"] = code
    return httpx.Response(status, json=body, headers={"frontegg-trace-id": TRACE_ID})


class FakeGateway:
    def __init__(self, *, expires_in: int = 3600, user_lifetime: float = 600.0) -> None:
        self.expires_in = expires_in
        self.user_lifetime = user_lifetime
        self.token_requests: list[httpx.Request] = []
        self.refresh_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.valid: set[str] = set()
        self.refresh_token = "refresh-0"
        self.rotate_in_cookie = True
        self.reject_all = False  # every API call answers 401, whatever the token
        self.on_token: Callable[[], None] = lambda: None  # runs inside the token handler
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # the auth flow resends the same Request object with a new header: record a snapshot
        seen = httpx.Request(
            request.method, request.url, headers=request.headers, content=request.read(), extensions=request.extensions
        )
        with self._lock:
            if request.url.path == "/auth/vendor":
                self.token_requests.append(seen)
            elif request.url.path == REFRESH_PATH:
                self.refresh_requests.append(seen)
            else:
                self.api_requests.append(seen)
        if request.url.path == "/auth/vendor":
            self.on_token()
            return self._vendor(request)
        if request.url.path == REFRESH_PATH:
            return self._refresh(request)
        return self._api(request)

    def issue(self, token: str) -> str:
        with self._lock:
            self.valid.add(token)
        return token

    def revoke_all(self) -> None:
        with self._lock:
            self.valid.clear()

    def _vendor(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body != {"clientId": CLIENT_ID, "secret": API_KEY}:
            return error(401, "Invalid authentication", "ER-00001")
        token = self.issue(f"env-{len(self.token_requests)}")
        return httpx.Response(200, json={"token": token, "expiresIn": self.expires_in})

    def _refresh(self, request: httpx.Request) -> httpx.Response:
        if f"{COOKIE}={self.refresh_token}" not in request.headers.get("cookie", ""):
            return error(401, "Session expired", "ER-01010")
        n = len(self.refresh_requests)
        self.refresh_token = f"refresh-{n}"
        access = self.issue(jwt(time.time() + self.user_lifetime, sub="user-1", n=n))
        body: dict[str, Any] = {"accessToken": access, "expiresIn": self.user_lifetime}
        headers = {}
        if self.rotate_in_cookie:
            headers["set-cookie"] = f"{COOKIE}={self.refresh_token}; Path=/identity; HttpOnly; Secure"
        else:
            body["refreshToken"] = self.refresh_token
        return httpx.Response(200, json=body, headers=headers)

    def _api(self, request: httpx.Request) -> httpx.Response:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if self.reject_all or scheme != "Bearer" or token not in self.valid:
            return error(401, "Unauthorized", "ER-00401")
        if request.url.path.endswith("/missing"):
            return error(404, "User not found", "ER-01001")
        return httpx.Response(200, json={"path": request.url.path})


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now
