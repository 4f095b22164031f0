"""httpx authentication for Frontegg: an environment's management token and a user's access token.

Both are ``httpx.Auth`` classes in httpx's own style: the flow is a generator that yields requests.
When the token is missing, about to expire, or refused with 401, the flow yields one token request
(to ``{gateway}/auth/vendor`` or the user refresh endpoint) through the very client that sends the API
call, so the caller's transport, timeout, proxy and retries apply to it too, and then yields the API
request with ``Authorization: Bearer <token>``.

Many threads or tasks may share one auth object; a lock around the refresh makes them wait for a
single token request instead of each sending its own. The sync flow holds a ``threading.Lock``, the
async flow an ``anyio.Lock`` (so it works under asyncio and trio); both re-check the cached token once
they hold the lock. Tokens, API keys and refresh tokens never appear in a repr or an exception.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, NamedTuple

import anyio
import httpx

from .exceptions import HANDLED_STATUSES, AuthenticationError, ConfigurationError, error_from_response
from .regions import DEFAULT_REGION, identity_url

__all__ = ["EnvironmentAuth", "UserAuth", "refresh_cookie_name"]

Clock = Callable[[], float]

REFRESH_MARGIN = 30.0
"""Seconds before expiry at which a token is renewed, capped at a tenth of its lifetime so that
short-lived tokens are not renewed on every request."""

_ANY_ERROR = range(400, 600)  # a token request's failures are turned into AuthenticationError here


class _Token(NamedTuple):
    """A token and the clock reading at which to renew it; replaced whole, so never read half-updated."""

    value: str
    renew_at: float


class _RefreshingBearerAuth(httpx.Auth):
    """Bearer authentication whose token comes from one request that the flow itself yields.

    Subclasses say whether the token can be renewed, build the token request and read its answer.
    ``sync_auth_flow`` and ``async_auth_flow`` are overridden (as httpx advises for auth that locks)
    and read the token response themselves; ``requires_response_body`` records that they need it.
    """

    requires_response_body = True

    def __init__(self, *, refresh_margin: float, clock: Clock) -> None:
        if refresh_margin < 0:
            raise ConfigurationError(f"refresh_margin must be >= 0 seconds, not {refresh_margin}")
        self._margin = refresh_margin
        self._clock = clock
        self._token: _Token | None = None
        self._sync_lock = threading.Lock()
        self._async_lock = anyio.Lock()

    # -- what subclasses provide -------------------------------------------------------------------

    def _can_refresh(self) -> bool:
        return True

    def _token_request(self) -> httpx.Request:
        raise NotImplementedError

    def _read_token(self, response: httpx.Response, body: dict[str, Any]) -> tuple[str, float | None]:
        """Return the token and its seconds left (None: unknown) from a 2xx answer."""
        raise NotImplementedError

    # -- the flows ---------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        finals = self._attempts()
        if len(finals) > 1:
            request.read()  # the request may be sent twice
        stale: str | None = None
        for final in finals:
            token = self._usable(stale)
            if token is None:
                with self._sync_lock:
                    token = self._usable(stale)  # another thread may have renewed it meanwhile
                    if token is None:
                        token_response = yield self._prepared_token_request(request)
                        token_response.read()
                        token = self._accept(token_response)
            response = yield self._authorized(request, token, final)
            if response.status_code != 401:
                return
            stale = token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        finals = self._attempts()
        if len(finals) > 1:
            await request.aread()  # the request may be sent twice
        stale: str | None = None
        for final in finals:
            token = self._usable(stale)
            if token is None:
                async with self._async_lock:
                    token = self._usable(stale)  # another task may have renewed it meanwhile
                    if token is None:
                        token_response = yield self._prepared_token_request(request)
                        await token_response.aread()
                        token = self._accept(token_response)
            response = yield self._authorized(request, token, final)
            if response.status_code != 401:
                return
            stale = token

    # -- shared steps ------------------------------------------------------------------------------

    def _attempts(self) -> tuple[bool, ...]:
        """One flag per attempt: is it the last? A renewable token gets a second try after a 401."""
        return (False, True) if self._can_refresh() else (True,)

    def _usable(self, stale: str | None) -> str | None:
        """The cached token, unless there is none, it is due for renewal, or it is ``stale`` (refused)."""
        token = self._token
        if token is None or token.value == stale:
            return None
        if self._can_refresh() and self._clock() >= token.renew_at:
            return None
        return token.value

    def _prepared_token_request(self, request: httpx.Request) -> httpx.Request:
        token_request = self._token_request()
        # a request built here gets no client defaults: carry over the caller's timeout
        if "timeout" in request.extensions:
            token_request.extensions["timeout"] = request.extensions["timeout"]
        token_request.extensions[HANDLED_STATUSES] = _ANY_ERROR
        return token_request

    def _authorized(self, request: httpx.Request, token: str, final: bool) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token}"
        if final:
            request.extensions.pop(HANDLED_STATUSES, None)
        else:
            request.extensions[HANDLED_STATUSES] = (401,)
        return request

    def _accept(self, response: httpx.Response) -> str:
        """Cache and return the token from a token response, or raise AuthenticationError."""
        if not response.is_success:
            raise error_from_response(response, AuthenticationError)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise AuthenticationError(response.status_code, ["the token answer is not a JSON object"])
        value, seconds_left = self._read_token(response, body)
        self._token = _Token(value, self._renew_at(seconds_left))
        return value

    def _renew_at(self, seconds_left: float | None) -> float:
        """Clock reading at which a token valid for ``seconds_left`` more seconds is renewed."""
        if seconds_left is None:
            return math.inf
        return self._clock() + seconds_left - min(self._margin, max(seconds_left, 0.0) / 10)


class EnvironmentAuth(_RefreshingBearerAuth):
    """An environment's management token, obtained from its client ID and API key.

    ``gateway`` is the gateway root (see ``regions.gateway_url``); the token comes from
    ``{gateway}/auth/vendor``, is cached, renewed ``refresh_margin`` seconds (at most a tenth of its
    lifetime) before it expires, and renewed once more if the API answers 401, after which the call
    is sent again once. Refused credentials raise AuthenticationError with Frontegg's message.
    ``clock`` returns monotonic seconds; tests pass a fake one.
    """

    def __init__(
        self,
        client_id: str,
        api_key: str,
        *,
        gateway: str = DEFAULT_REGION.gateway,
        refresh_margin: float = REFRESH_MARGIN,
        clock: Clock = time.monotonic,
    ) -> None:
        if not client_id or not api_key:
            raise ConfigurationError("EnvironmentAuth needs a client_id and an api_key")
        super().__init__(refresh_margin=refresh_margin, clock=clock)
        self.client_id = client_id
        self.gateway = gateway.rstrip("/")
        self._api_key = api_key

    def __repr__(self) -> str:
        return f"EnvironmentAuth(client_id={self.client_id!r}, gateway={self.gateway!r})"

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            f"{self.gateway}/auth/vendor",
            json={"clientId": self.client_id, "secret": self._api_key},
        )

    def _read_token(self, response: httpx.Response, body: dict[str, Any]) -> tuple[str, float | None]:
        token, expires_in = body.get("token"), body.get("expiresIn")
        if not isinstance(token, str) or not token:
            raise AuthenticationError(response.status_code, ["the token answer has no 'token'"])
        return token, _seconds(expires_in)


class UserAuth(_RefreshingBearerAuth):
    """A signed-in user's access token, optionally renewed with the user's refresh token.

    Without ``refresh_token`` the access token is sent as given until the caller replaces the auth.
    With it (and the environment's ``client_id``, which names Frontegg's refresh cookie), the token is
    renewed through ``{gateway}/identity/resources/auth/v1/user/token/refresh`` shortly before the
    JWT's ``exp`` (read without verifying: the server verifies, we only schedule) or after a 401, and
    a new refresh token in the answer or its cookie replaces the old one. ``tenant_id`` asks for a
    token of that tenant. A refused refresh raises AuthenticationError.
    """

    def __init__(
        self,
        access_token: str,
        *,
        refresh_token: str | None = None,
        client_id: str | None = None,
        tenant_id: str | None = None,
        gateway: str = DEFAULT_REGION.gateway,
        refresh_margin: float = REFRESH_MARGIN,
        clock: Clock = time.monotonic,
    ) -> None:
        if not access_token:
            raise ConfigurationError("UserAuth needs an access token")
        if refresh_token is not None and not client_id:
            raise ConfigurationError(
                "a refresh_token needs the environment's client_id (FRONTEGG_CLIENT_ID): "
                "Frontegg names the refresh cookie after it"
            )
        super().__init__(refresh_margin=refresh_margin, clock=clock)
        self.client_id = client_id
        self.tenant_id = tenant_id
        self.gateway = gateway.rstrip("/")
        self._refresh_token = refresh_token
        self._cookie_name = refresh_cookie_name(client_id) if client_id else ""
        self._token = _Token(access_token, self._renew_at(_jwt_seconds_left(access_token)))

    def __repr__(self) -> str:
        return (
            f"UserAuth(client_id={self.client_id!r}, tenant_id={self.tenant_id!r}, "
            f"gateway={self.gateway!r}, refreshable={self._can_refresh()})"
        )

    def _can_refresh(self) -> bool:
        return self._refresh_token is not None

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            f"{identity_url(self.gateway)}/resources/auth/v1/user/token/refresh",
            json={"tenantId": self.tenant_id} if self.tenant_id else {},
            headers={"Cookie": f"{self._cookie_name}={self._refresh_token}"},
        )

    def _read_token(self, response: httpx.Response, body: dict[str, Any]) -> tuple[str, float | None]:
        token = body.get("accessToken")
        if not isinstance(token, str) or not token:
            raise AuthenticationError(response.status_code, ["the refresh answer has no 'accessToken'"])
        # Frontegg may rotate the refresh token: in a Set-Cookie, in the body, or both
        renewed = next((c.value for c in response.cookies.jar if c.name == self._cookie_name), None)
        if renewed is None and isinstance(body.get("refreshToken"), str):
            renewed = body["refreshToken"]
        if renewed:
            self._refresh_token = renewed
        expires_in = _seconds(body.get("expiresIn"))
        return token, expires_in if expires_in is not None else _jwt_seconds_left(token)


def refresh_cookie_name(client_id: str) -> str:
    """Frontegg's refresh-token cookie: ``fe_refresh_`` and the client ID without its dashes."""
    return "fe_refresh_" + client_id.replace("-", "")


def _seconds(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        return None
    return float(value)


def _jwt_seconds_left(token: str) -> float | None:
    """Seconds until the JWT's ``exp`` claim, read without verifying (the server verifies; this only
    schedules renewal); None when the token is not a JWT or has no ``exp``. ``exp`` is wall-clock
    time, so this is the one place that reads ``time.time()``."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return None
    exp = _seconds(claims.get("exp")) if isinstance(claims, dict) else None
    return None if exp is None else exp - time.time()
