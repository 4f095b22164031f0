"""EnvironmentAuth: one token, cached, renewed before expiry and once after a 401, one refresh for many."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fake_gateway import API_KEY, CLIENT_ID, GATEWAY, TRACE_ID, FakeClock, FakeGateway

from frontegg_identity.auth import EnvironmentAuth
from frontegg_identity.exceptions import AuthenticationError, ConfigurationError, UnauthorizedError, raise_on_error

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_client(
    gateway: FakeGateway, auth: EnvironmentAuth, *, hooks: bool = False, timeout: float = 5.0
) -> httpx.Client:
    return httpx.Client(
        base_url=f"{GATEWAY}/identity",
        transport=httpx.MockTransport(gateway),
        auth=auth,
        timeout=timeout,
        event_hooks={"response": [raise_on_error]} if hooks else None,
    )


def test_token_is_obtained_once_and_sent_as_bearer() -> None:
    gateway = FakeGateway()
    with make_client(gateway, EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)) as client:
        answers = [client.get(f"/resources/users/v1/u{i}") for i in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 200]
    assert len(gateway.token_requests) == 1
    token_request = gateway.token_requests[0]
    assert token_request.method == "POST"
    assert str(token_request.url) == f"{GATEWAY}/auth/vendor"
    assert json.loads(token_request.content) == {"clientId": CLIENT_ID, "secret": API_KEY}
    assert {r.headers["authorization"] for r in gateway.api_requests} == {"Bearer env-1"}


def test_token_request_carries_the_callers_timeout() -> None:
    gateway = FakeGateway()
    with make_client(gateway, EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY), timeout=7.0) as client:
        client.get("/resources/users/v1/u1")
    assert gateway.token_requests[0].extensions["timeout"] == httpx.Timeout(7.0).as_dict()


@pytest.mark.parametrize(
    ("expires_in", "renew_at"),
    [
        (600, 570.0),  # 30 s margin
        (100, 90.0),  # a tenth of a short lifetime
    ],
)
def test_token_is_renewed_a_margin_before_expiry(expires_in: int, renew_at: float) -> None:
    gateway, clock = FakeGateway(expires_in=expires_in), FakeClock()
    auth = EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY, clock=clock)
    with make_client(gateway, auth) as client:
        client.get("/resources/users/v1/u1")
        clock.now = renew_at - 0.5
        client.get("/resources/users/v1/u1")
        assert len(gateway.token_requests) == 1
        clock.now = renew_at
        client.get("/resources/users/v1/u1")
    assert len(gateway.token_requests) == 2
    assert gateway.api_requests[-1].headers["authorization"] == "Bearer env-2"


def test_a_401_renews_the_token_once_and_resends_the_request() -> None:
    gateway = FakeGateway()
    with make_client(gateway, EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)) as client:
        client.get("/resources/users/v1/u1")
        gateway.revoke_all()  # e.g. the environment's keys were rotated
        answer = client.put("/resources/users/v1/u1", json={"name": "Ada"})

    assert answer.status_code == 200
    assert len(gateway.token_requests) == 2
    first, retry = gateway.api_requests[-2:]
    assert (first.headers["authorization"], retry.headers["authorization"]) == ("Bearer env-1", "Bearer env-2")
    assert json.loads(retry.content) == {"name": "Ada"}


def test_a_second_401_is_the_answer() -> None:
    gateway = FakeGateway()
    gateway.reject_all = True
    with make_client(gateway, EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)) as client:
        answer = client.get("/resources/users/v1/u1")
    assert answer.status_code == 401
    assert len(gateway.token_requests) == 2
    assert len(gateway.api_requests) == 2


def test_the_error_hook_lets_the_auth_retry_and_raises_on_the_second_401() -> None:
    gateway = FakeGateway()
    with make_client(gateway, EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY), hooks=True) as client:
        client.get("/resources/users/v1/u1")
        gateway.revoke_all()
        assert client.get("/resources/users/v1/u1").status_code == 200
        gateway.reject_all = True
        with pytest.raises(UnauthorizedError) as caught:
            client.get("/resources/users/v1/u1")
    assert caught.value.trace_id == TRACE_ID


@pytest.mark.parametrize("hooks", [False, True])
def test_bad_credentials_raise_authentication_error_without_the_secret(hooks: bool) -> None:
    gateway, secret = FakeGateway(), "wrong-secret-7d41"
    with (
        make_client(gateway, EnvironmentAuth(CLIENT_ID, secret, gateway=GATEWAY), hooks=hooks) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.get("/resources/users/v1/u1")

    error = caught.value
    assert (error.status_code, error.errors, error.error_code) == (401, ["Invalid authentication"], "ER-00001")
    assert error.trace_id == TRACE_ID
    assert "Invalid authentication" in str(error)
    for text in (str(error), repr(error), repr(error.args)):
        assert secret not in text
    assert gateway.api_requests == []


def test_a_token_answer_without_a_token_is_an_authentication_error() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"expiresIn": 60}))
    auth = EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)
    with httpx.Client(transport=transport, auth=auth) as client, pytest.raises(AuthenticationError):
        client.get(f"{GATEWAY}/identity/resources/users/v1/u1")


def test_a_failed_token_request_releases_the_lock() -> None:
    gateway = FakeGateway()
    failures = iter([httpx.ConnectError("down")])

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/vendor" and (failure := next(failures, None)):
            raise failure
        return gateway(request)

    auth = EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)
    with httpx.Client(transport=httpx.MockTransport(flaky), auth=auth, base_url=GATEWAY) as client:
        with pytest.raises(httpx.ConnectError):
            client.get("/identity/x")
        assert client.get("/identity/x").status_code == 200


def test_repr_shows_neither_api_key_nor_token() -> None:
    gateway = FakeGateway()
    auth = EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)
    with make_client(gateway, auth) as client:
        client.get("/resources/users/v1/u1")
    assert repr(auth) == f"EnvironmentAuth(client_id={CLIENT_ID!r}, gateway={GATEWAY!r})"
    assert API_KEY not in repr(auth) and "env-1" not in repr(auth)


@pytest.mark.parametrize(("client_id", "api_key"), [("", API_KEY), (CLIENT_ID, "")])
def test_missing_credentials_are_a_configuration_error(client_id: str, api_key: str) -> None:
    with pytest.raises(ConfigurationError):
        EnvironmentAuth(client_id, api_key)


def test_twenty_threads_share_one_token_request() -> None:
    gateway = FakeGateway()
    gateway.on_token = lambda: time.sleep(0.05)  # keep the refresh open while the others arrive
    auth = EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)
    start = threading.Barrier(20)

    def call(client: httpx.Client) -> int:
        start.wait()
        return client.get("/resources/users/v1/u1").status_code

    with make_client(gateway, auth) as client, ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(call, [client] * 20))

    assert statuses == [200] * 20
    assert len(gateway.token_requests) == 1


def test_twenty_threads_after_a_revocation_share_one_refresh() -> None:
    gateway = FakeGateway()
    auth = EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)
    start = threading.Barrier(20)
    with make_client(gateway, auth) as client:
        client.get("/resources/users/v1/u1")
        gateway.revoke_all()
        gateway.on_token = lambda: time.sleep(0.05)

        def call(_: int) -> int:
            start.wait()
            return client.get("/resources/users/v1/u1").status_code

        with ThreadPoolExecutor(20) as pool:
            statuses = list(pool.map(call, range(20)))

    assert statuses == [200] * 20
    assert len(gateway.token_requests) == 2


async def test_twenty_tasks_share_one_token_request() -> None:
    gateway = FakeGateway()

    async def slow_token(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/vendor":
            for _ in range(20):  # let every other task reach the lock
                await asyncio.sleep(0)
        return gateway(request)

    auth = EnvironmentAuth(CLIENT_ID, API_KEY, gateway=GATEWAY)
    async with httpx.AsyncClient(base_url=GATEWAY, transport=httpx.MockTransport(slow_token), auth=auth) as client:
        answers = await asyncio.gather(*(client.get("/identity/x") for _ in range(20)))
        gateway.revoke_all()
        again = await asyncio.gather(*(client.get("/identity/x") for _ in range(20)))

    assert [a.status_code for a in answers + again] == [200] * 40
    assert len(gateway.token_requests) == 2  # the first token, then one refresh after the revocation


async def test_async_bad_credentials_raise_authentication_error() -> None:
    gateway = FakeGateway()
    auth = EnvironmentAuth(CLIENT_ID, "nope-secret", gateway=GATEWAY)
    async with httpx.AsyncClient(transport=httpx.MockTransport(gateway), auth=auth) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.get(f"{GATEWAY}/identity/x")
    assert "nope-secret" not in str(caught.value)
