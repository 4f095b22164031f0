"""RetryTransport / AsyncRetryTransport: which requests are retried, how long they wait, when they stop.

Every test runs on a fake clock that only the injected sleep advances, so nothing waits.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from fake_gateway import FakeClock

from frontegg_identity.exceptions import ConfigurationError
from frontegg_identity.retries import AsyncRetryTransport, RetryTransport, parse_retry_after

pytestmark = pytest.mark.anyio

Step = int | tuple[int, str] | Exception  # a status, a (status, Retry-After), or a failure


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Script(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers with the given steps in turn (the last one repeats) and records what it served."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.calls = 0
        self.responses: list[httpx.Response] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        step = self.steps[min(self.calls, len(self.steps) - 1)]
        self.calls += 1
        if isinstance(step, Exception):
            raise step
        status, retry_after = step if isinstance(step, tuple) else (step, None)
        response = httpx.Response(status, headers={"retry-after": retry_after} if retry_after else {})
        self.responses.append(response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


class Sleeper:
    """Records the waits and moves the fake clock by them."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.now += seconds

    async def asleep(self, seconds: float) -> None:
        self(seconds)


def sync_transport(script: Script, sleeper: Sleeper, **kwargs: Any) -> RetryTransport:
    return RetryTransport(script, sleep=sleeper, clock=sleeper.clock, jitter=lambda: 1.0, **kwargs)


def send(transport: httpx.BaseTransport, method: str = "GET") -> httpx.Response:
    with httpx.Client(transport=transport) as client:
        return client.request(method, "https://api.frontegg.com/identity/resources/users/v1/u1")


@pytest.fixture
def sleeper() -> Sleeper:
    return Sleeper(FakeClock())


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
def test_idempotent_methods_are_retried_on_503(method: str, sleeper: Sleeper) -> None:
    script = Script(503, 200)
    assert send(sync_transport(script, sleeper), method).status_code == 200
    assert script.calls == 2
    assert script.responses[0].is_closed


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("step", [503, 429, httpx.ConnectError("refused")])
def test_post_and_patch_are_never_retried(method: str, step: Step, sleeper: Sleeper) -> None:
    script = Script(step, 200)
    transport = sync_transport(script, sleeper)
    if isinstance(step, Exception):
        with pytest.raises(httpx.ConnectError):
            send(transport, method)
    else:
        assert send(transport, method).status_code == step
    assert script.calls == 1
    assert sleeper.waits == []


def test_backoff_doubles_up_to_its_ceiling(sleeper: Sleeper) -> None:
    script = Script(503)
    transport = sync_transport(script, sleeper, max_attempts=6, backoff=0.5, max_backoff=3.0, budget=100)
    assert send(transport).status_code == 503
    assert sleeper.waits == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert script.calls == 6


def test_jitter_scales_the_backoff(sleeper: Sleeper) -> None:
    transport = RetryTransport(Script(503, 200), sleep=sleeper, clock=sleeper.clock, jitter=lambda: 0.25)
    send(transport)
    assert sleeper.waits == [0.125]


def test_retry_after_seconds_is_honoured(sleeper: Sleeper) -> None:
    script = Script((429, "7"), 200)
    assert send(sync_transport(script, sleeper)).status_code == 200
    assert sleeper.waits == [7.0]


def test_retry_after_date_is_honoured(sleeper: Sleeper) -> None:
    past = format_datetime(datetime.now(timezone.utc) - timedelta(hours=1), usegmt=True)
    script = Script((503, past), 200)
    assert send(sync_transport(script, sleeper)).status_code == 200
    assert sleeper.waits == [0.0]


def test_a_retry_after_beyond_the_budget_stops_at_once(sleeper: Sleeper) -> None:
    script = Script((429, "120"), 200)
    assert send(sync_transport(script, sleeper, budget=30)).status_code == 429
    assert script.calls == 1
    assert sleeper.waits == []


def test_attempts_stop_at_max_attempts(sleeper: Sleeper) -> None:
    script = Script(503)
    assert send(sync_transport(script, sleeper, max_attempts=3)).status_code == 503
    assert script.calls == 3
    assert len(sleeper.waits) == 2


def test_the_budget_bounds_the_total_wait(sleeper: Sleeper) -> None:
    script = Script(503)
    transport = sync_transport(script, sleeper, max_attempts=10, backoff=1.0, max_backoff=100, budget=4)
    send(transport)
    assert sleeper.waits == [1.0, 2.0]  # the next wait (4 s) would end 7 s after the first try
    assert script.calls == 3


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof")]
)
def test_connection_failures_are_retried_then_raised(failure: Exception, sleeper: Sleeper) -> None:
    assert send(sync_transport(Script(failure, 200), sleeper)).status_code == 200
    script = Script(failure)
    with pytest.raises(type(failure)):
        send(sync_transport(script, sleeper, max_attempts=2))
    assert script.calls == 2


def test_other_failures_and_statuses_are_not_retried(sleeper: Sleeper) -> None:
    script = Script(httpx.UnsupportedProtocol("ftp"))
    with pytest.raises(httpx.UnsupportedProtocol):
        send(sync_transport(script, sleeper))
    script = Script(500, 200)
    assert send(sync_transport(script, sleeper)).status_code == 500
    assert script.calls == 1


@pytest.mark.parametrize("kwargs", [{"max_attempts": 0}, {"budget": -1}, {"backoff": -0.1}])
def test_bad_bounds_are_configuration_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RetryTransport(Script(200), **kwargs)
    with pytest.raises(ConfigurationError):
        AsyncRetryTransport(Script(200), **kwargs)


async def test_the_async_transport_follows_the_same_rules(sleeper: Sleeper) -> None:
    script = Script((429, "2"), 503, 200)
    transport = AsyncRetryTransport(script, sleep=sleeper.asleep, clock=sleeper.clock, jitter=lambda: 1.0)
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get("https://api.frontegg.com/identity/x")).status_code == 200
        assert sleeper.waits == [2.0, 1.0]
        post = Script(503, 200)
        transport = AsyncRetryTransport(post, sleep=sleeper.asleep, clock=sleeper.clock)
        async with httpx.AsyncClient(transport=transport) as poster:
            assert (await poster.post("https://api.frontegg.com/identity/x")).status_code == 503
        assert post.calls == 1


async def test_the_async_transport_gives_up_on_failures_at_the_bound(sleeper: Sleeper) -> None:
    script = Script(httpx.ConnectTimeout("slow"))
    transport = AsyncRetryTransport(script, sleep=sleeper.asleep, clock=sleeper.clock, max_attempts=4)
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(httpx.ConnectTimeout):
            await client.get("https://api.frontegg.com/identity/x")
    assert script.calls == 4


NOW = datetime(2026, 1, 14, 12, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("  42 ", 42.0),
        ("1.5", 1.5),
        ("Wed, 14 Jan 2026 12:00:30 GMT", 30.0),
        ("Wed, 14 Jan 2026 11:00:00 GMT", 0.0),
        ("Wednesday, 14-Jan-26 12:01:00 GMT", 60.0),  # the obsolete RFC 850 form, which HTTP still allows
        ("-3", None),
        ("nan", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_retry_after(value: str, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


async def test_both_transports_close_what_they_wrap() -> None:
    closed: list[str] = []

    class Inner(Script):
        def close(self) -> None:
            closed.append("sync")

        async def aclose(self) -> None:
            closed.append("async")

    RetryTransport(Inner(200)).close()
    await AsyncRetryTransport(Inner(200)).aclose()
    assert closed == ["sync", "async"]
