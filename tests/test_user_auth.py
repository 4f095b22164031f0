"""UserAuth: a user's access token, renewed through Frontegg's refresh endpoint and cookie."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from fake_gateway import CLIENT_ID, COOKIE, GATEWAY, REFRESH_PATH, TRACE_ID, FakeClock, FakeGateway, jwt

from frontegg_identity.auth import UserAuth, refresh_cookie_name
from frontegg_identity.exceptions import AuthenticationError, ConfigurationError

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_client(gateway: FakeGateway, auth: UserAuth) -> httpx.Client:
    return httpx.Client(base_url=f"{GATEWAY}/identity", transport=httpx.MockTransport(gateway), auth=auth)


def refreshable(
    gateway: FakeGateway, clock: FakeClock, lifetime: float = 600, tenant_id: str | None = None
) -> UserAuth:
    access = gateway.issue(jwt(time.time() + lifetime, sub="user-1"))
    return UserAuth(access, refresh_token=gateway.refresh_token, client_id=CLIENT_ID, tenant_id=tenant_id, clock=clock)


def test_cookie_name_is_the_client_id_without_dashes() -> None:
    assert refresh_cookie_name("ab-cd-ef") == "fe_refresh_abcdef"
    assert refresh_cookie_name(CLIENT_ID) == COOKIE


def test_without_a_refresh_token_the_token_is_sent_as_given_and_a_401_is_the_answer() -> None:
    gateway = FakeGateway()
    expired = gateway.issue(jwt(time.time() - 60))
    with make_client(gateway, UserAuth(expired)) as client:
        assert client.get("/resources/users/v1/me").status_code == 200
        gateway.revoke_all()
        assert client.get("/resources/users/v1/me").status_code == 401
    assert gateway.refresh_requests == []
    assert {r.headers["authorization"] for r in gateway.api_requests} == {f"Bearer {expired}"}


def test_the_token_is_refreshed_shortly_before_its_exp() -> None:
    gateway, clock = FakeGateway(), FakeClock()
    auth = refreshable(gateway, clock, lifetime=600)
    with make_client(gateway, auth) as client:
        client.get("/resources/users/v1/me")
        clock.now = 500
        client.get("/resources/users/v1/me")
        assert gateway.refresh_requests == []
        clock.now = 575  # within 30 s of exp
        assert client.get("/resources/users/v1/me").status_code == 200

    (refresh,) = gateway.refresh_requests
    assert str(refresh.url) == f"{GATEWAY}{REFRESH_PATH}"
    assert refresh.method == "POST"
    assert refresh.headers["cookie"] == f"{COOKIE}=refresh-0"
    assert json.loads(refresh.content) == {}
    assert gateway.api_requests[-1].headers["authorization"] != gateway.api_requests[0].headers["authorization"]


@pytest.mark.parametrize("rotate_in_cookie", [True, False])
def test_a_rotated_refresh_token_is_used_next_time(rotate_in_cookie: bool) -> None:
    gateway, clock = FakeGateway(user_lifetime=600), FakeClock()
    gateway.rotate_in_cookie = rotate_in_cookie
    auth = refreshable(gateway, clock, lifetime=600)
    with make_client(gateway, auth) as client:
        clock.now = 580
        client.get("/resources/users/v1/me")
        clock.now = 580 + 580  # the refreshed token's expiresIn (600) is counted from its refresh
        assert client.get("/resources/users/v1/me").status_code == 200
    assert [r.headers["cookie"] for r in gateway.refresh_requests] == [f"{COOKIE}=refresh-0", f"{COOKIE}=refresh-1"]


def test_an_expired_token_is_refreshed_before_the_first_call() -> None:
    gateway, clock = FakeGateway(), FakeClock()
    auth = refreshable(gateway, clock, lifetime=-5, tenant_id="tenant-9")
    with make_client(gateway, auth) as client:
        assert client.get("/resources/users/v1/me").status_code == 200
    assert len(gateway.refresh_requests) == 1
    assert json.loads(gateway.refresh_requests[0].content) == {"tenantId": "tenant-9"}
    assert len(gateway.api_requests) == 1


def test_an_opaque_token_is_refreshed_only_after_a_401() -> None:
    gateway, clock = FakeGateway(), FakeClock()
    auth = UserAuth(gateway.issue("opaque-token"), refresh_token="refresh-0", client_id=CLIENT_ID, clock=clock)
    with make_client(gateway, auth) as client:
        clock.now = 10**9
        client.get("/resources/users/v1/me")
        assert gateway.refresh_requests == []
        gateway.revoke_all()
        assert client.get("/resources/users/v1/me").status_code == 200
    assert len(gateway.refresh_requests) == 1


def test_a_refused_refresh_raises_authentication_error_without_tokens() -> None:
    gateway, clock = FakeGateway(), FakeClock()
    access = gateway.issue(jwt(time.time() + 600))
    auth = UserAuth(access, refresh_token="stolen-or-expired", client_id=CLIENT_ID, clock=clock)
    with make_client(gateway, auth) as client:
        gateway.revoke_all()
        with pytest.raises(AuthenticationError) as caught:
            client.get("/resources/users/v1/me")
    error = caught.value
    assert (error.status_code, error.errors, error.trace_id) == (401, ["Session expired"], TRACE_ID)
    for text in (str(error), repr(error)):
        assert "stolen-or-expired" not in text and access not in text


def test_repr_hides_both_tokens() -> None:
    access = jwt(time.time() + 600)
    auth = UserAuth(access, refresh_token="refresh-secret", client_id=CLIENT_ID, tenant_id="t-1")
    assert "refresh-secret" not in repr(auth) and access not in repr(auth)
    assert "refreshable=True" in repr(auth)


def test_a_refresh_token_needs_the_client_id() -> None:
    with pytest.raises(ConfigurationError, match="FRONTEGG_CLIENT_ID"):
        UserAuth("token", refresh_token="refresh")


async def test_twenty_tasks_share_one_refresh() -> None:
    gateway, clock = FakeGateway(), FakeClock()

    async def slow_refresh(request: httpx.Request) -> httpx.Response:
        if request.url.path == REFRESH_PATH:
            for _ in range(20):
                await asyncio.sleep(0)
        return gateway(request)

    auth = refreshable(gateway, clock)
    clock.now = 590
    async with httpx.AsyncClient(base_url=GATEWAY, transport=httpx.MockTransport(slow_refresh), auth=auth) as client:
        answers = await asyncio.gather(*(client.get("/identity/x") for _ in range(20)))
    assert [a.status_code for a in answers] == [200] * 20
    assert len(gateway.refresh_requests) == 1
