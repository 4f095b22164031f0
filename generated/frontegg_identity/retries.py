"""Opt-in retries as httpx transports: ``RetryTransport`` and ``AsyncRetryTransport``.

A transport wrapper (rather than a loop around each API call) retries every operation of the
generated client alike, below authentication and event hooks, so a hook sees only the final answer.
Only idempotent methods are retried: sending a POST twice could create two users. They are retried on
connection failures and timeouts, and on 429 and 503, Frontegg's "slow down" and "try later" answers.
The wait is ``Retry-After`` when the server gives one, else exponential backoff with full jitter; the
number of attempts and the total time spent are both bounded. ``sleep``, ``clock`` and ``jitter`` are
injectable so tests run without waiting.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import anyio
import httpx

from .exceptions import ConfigurationError

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "AsyncRetryTransport",
    "RetryTransport",
    "parse_retry_after",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 503})
# failures where the request may not have reached the server, or its answer was lost;
# not LocalProtocolError, UnsupportedProtocol or ProxyError, which a retry cannot cure
RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class _Policy:
    """When to try again; one instance serves both transports so they cannot drift apart."""

    def __init__(
        self,
        *,
        max_attempts: int,
        budget: float,
        backoff: float,
        max_backoff: float,
        clock: Callable[[], float],
        jitter: Callable[[], float],
    ) -> None:
        if max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be at least 1, not {max_attempts}")
        if budget < 0 or backoff < 0 or max_backoff < 0:
            raise ConfigurationError("budget, backoff and max_backoff must be >= 0 seconds")
        self.max_attempts = max_attempts
        self.budget = budget
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.clock = clock
        self.jitter = jitter

    def delay(self, attempt: int, started: float, retry_after: str | None = None) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None to give up.

        ``Retry-After`` wins over backoff; a wait that would overrun the budget ends the retries at
        once instead of sleeping only to fail.
        """
        if attempt >= self.max_attempts:
            return None
        wait = parse_retry_after(retry_after, datetime.now(timezone.utc)) if retry_after else None
        if wait is None:
            wait = self.jitter() * min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        if self.clock() - started + wait > self.budget:
            return None
        return wait


class RetryTransport(httpx.BaseTransport):
    """Wrap ``transport`` to retry idempotent requests; see the module docstring for the rules.

    ``max_attempts`` counts the first try; ``budget`` bounds the seconds from the first try to the
    start of the last; ``backoff`` is the first backoff ceiling, doubled per attempt up to
    ``max_backoff``.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        max_attempts: int = 3,
        budget: float = 30.0,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._transport = transport
        self._policy = _Policy(
            max_attempts=max_attempts,
            budget=budget,
            backoff=backoff,
            max_backoff=max_backoff,
            clock=clock,
            jitter=jitter,
        )
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method not in IDEMPOTENT_METHODS:
            return self._transport.handle_request(request)
        started = self._policy.clock()
        attempt = 1
        while True:
            try:
                response = self._transport.handle_request(request)
            except RETRY_EXCEPTIONS:
                delay = self._policy.delay(attempt, started)
                if delay is None:
                    raise
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                delay = self._policy.delay(attempt, started, response.headers.get("retry-after"))
                if delay is None:
                    return response
                response.close()
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryTransport, with the same rules and parameters; ``sleep`` is awaited."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        max_attempts: int = 3,
        budget: float = 30.0,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._transport = transport
        self._policy = _Policy(
            max_attempts=max_attempts,
            budget=budget,
            backoff=backoff,
            max_backoff=max_backoff,
            clock=clock,
            jitter=jitter,
        )
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method not in IDEMPOTENT_METHODS:
            return await self._transport.handle_async_request(request)
        started = self._policy.clock()
        attempt = 1
        while True:
            try:
                response = await self._transport.handle_async_request(request)
            except RETRY_EXCEPTIONS:
                delay = self._policy.delay(attempt, started)
                if delay is None:
                    raise
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                delay = self._policy.delay(attempt, started, response.headers.get("retry-after"))
                if delay is None:
                    return response
                await response.aclose()
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._transport.aclose()


def parse_retry_after(value: str, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delay-seconds or an HTTP date (RFC 9110 10.2.3).

    A date in the past means 0. None for anything unparsable, so the caller falls back to backoff.
    """
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; "-0000" parses as naive
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now).total_seconds())
