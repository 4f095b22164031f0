"""connect() / from_env(): configuration from arguments and environment variables, and a working client."""

from __future__ import annotations

import httpx
import pytest
from fake_gateway import API_KEY, CLIENT_ID, TRACE_ID, FakeGateway

from frontegg_identity.api.users import get_user_by_id
from frontegg_identity.auth import EnvironmentAuth, UserAuth
from frontegg_identity.client import AuthenticatedClient
from frontegg_identity.connection import connect, from_env
from frontegg_identity.exceptions import ConfigurationError, NotFoundError
from frontegg_identity.models import ErrorResponse

pytestmark = pytest.mark.anyio

EMULATOR = "http://127.0.0.1:8787"
CREDENTIALS = {"FRONTEGG_CLIENT_ID": CLIENT_ID, "FRONTEGG_API_KEY": API_KEY}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FRONTEGG_REGION", "FRONTEGG_API_GATEWAY_URL", "FRONTEGG_CLIENT_ID", "FRONTEGG_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def base_url(client: AuthenticatedClient) -> str:
    return str(client.get_httpx_client().base_url)


def auth_of(client: AuthenticatedClient) -> httpx.Auth:
    auth = client.get_httpx_client().auth
    assert auth is not None
    return auth


def test_from_env_reads_frontegg_s_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTEGG_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("FRONTEGG_API_KEY", API_KEY)
    monkeypatch.setenv("FRONTEGG_API_GATEWAY_URL", EMULATOR)
    for client in (from_env(), connect()):
        assert base_url(client) == f"{EMULATOR}/identity/"
        auth = auth_of(client)
        assert isinstance(auth, EnvironmentAuth)
        assert (auth.client_id, auth.gateway) == (CLIENT_ID, EMULATOR)


@pytest.mark.parametrize(
    ("environ", "gateway"),
    [
        ({"FRONTEGG_REGION": "us"}, "https://api.us.frontegg.com"),
        (
            {"FRONTEGG_REGION": "au", "FRONTEGG_API_GATEWAY_URL": "https://api.au.frontegg.com/"},
            "https://api.au.frontegg.com",
        ),
        ({"FRONTEGG_REGION": "", "FRONTEGG_API_GATEWAY_URL": ""}, "https://api.frontegg.com"),
        ({}, "https://api.frontegg.com"),
    ],
)
def test_the_gateway_comes_from_the_environment(environ: dict[str, str], gateway: str) -> None:
    client = connect(environ={**CREDENTIALS, **environ})
    assert base_url(client) == f"{gateway}/identity/"


def test_arguments_win_over_the_environment() -> None:
    environ = {**CREDENTIALS, "FRONTEGG_REGION": "us"}
    client = connect("ca", client_id="other-id", api_key="other-key", environ=environ)
    assert base_url(client) == "https://api.ca.frontegg.com/identity/"
    assert "other-id" in repr(auth_of(client))
    assert base_url(connect(domain="app-x1", environ=environ)) == "https://app-x1.frontegg.com/identity/"
    assert base_url(connect(gateway_url=EMULATOR, environ=environ)) == f"{EMULATOR}/identity/"


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, "FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY"),
        ({"FRONTEGG_CLIENT_ID": CLIENT_ID}, "FRONTEGG_API_KEY"),
        ({"FRONTEGG_API_KEY": API_KEY, "FRONTEGG_CLIENT_ID": ""}, "FRONTEGG_CLIENT_ID"),
    ],
)
def test_missing_credentials_name_the_variables(environ: dict[str, str], missing: str) -> None:
    with pytest.raises(ConfigurationError, match=f"set {missing} ") as caught:
        connect(environ=environ)
    assert "user_token" in str(caught.value)
    assert API_KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("environ", "complaint"),
    [
        ({"FRONTEGG_REGION": "mars"}, "FRONTEGG_REGION: unknown Frontegg region 'mars'; accepted: 'eu', 'us'"),
        ({"FRONTEGG_API_GATEWAY_URL": "http://api.frontegg.com"}, "FRONTEGG_API_GATEWAY_URL: gateway URL"),
        ({"FRONTEGG_REGION": "us", "FRONTEGG_API_GATEWAY_URL": EMULATOR}, "disagree"),
    ],
)
def test_bad_location_variables_are_named(environ: dict[str, str], complaint: str) -> None:
    with pytest.raises(ConfigurationError, match=complaint):
        connect(environ={**CREDENTIALS, **environ})


def test_user_tokens() -> None:
    client = connect(user_token="user-access", refresh_token="user-refresh", environ=CREDENTIALS)
    auth = auth_of(client)
    assert isinstance(auth, UserAuth) and auth.client_id == CLIENT_ID
    with pytest.raises(ConfigurationError, match="not both"):
        connect(user_token="user-access", api_key=API_KEY)
    with pytest.raises(ConfigurationError, match="user_token"):
        connect(refresh_token="user-refresh", environ=CREDENTIALS)
    with pytest.raises(ConfigurationError, match="retries"):
        connect(retries=-1, environ=CREDENTIALS)


def test_the_client_is_an_authenticated_client_whose_repr_hides_secrets() -> None:
    gateway = FakeGateway()
    client = connect(gateway_url=EMULATOR, environ=CREDENTIALS, transport=httpx.MockTransport(gateway))
    assert isinstance(client, AuthenticatedClient)
    client.get_httpx_client().get("/resources/users/v1/u1")
    assert API_KEY not in repr(client) and "env-1" not in repr(client)
    copy = client.with_headers({"frontegg-tenant-id": "t-1"})
    assert auth_of(copy) is auth_of(client)


def test_a_generated_operation_is_authenticated_and_answers_in_frontegg_s_shape() -> None:
    gateway = FakeGateway()
    with connect(gateway_url=EMULATOR, environ=CREDENTIALS, transport=httpx.MockTransport(gateway)) as client:
        answer = get_user_by_id.sync_detailed("missing", client=client, frontegg_tenant_id="t-1")

    assert answer.status_code == 404
    assert isinstance(answer.parsed, ErrorResponse)
    (request,) = gateway.api_requests
    assert str(request.url) == f"{EMULATOR}/identity/resources/users/v1/missing"
    assert request.headers["authorization"] == "Bearer env-1"
    assert request.extensions["timeout"] == httpx.Timeout(10.0).as_dict()


def test_raise_on_error_turns_error_answers_into_exceptions_but_lets_the_auth_refresh() -> None:
    gateway = FakeGateway()
    client = connect(
        gateway_url=EMULATOR, environ=CREDENTIALS, transport=httpx.MockTransport(gateway), raise_on_error=True
    )
    with client:
        with pytest.raises(NotFoundError) as caught:
            get_user_by_id.sync_detailed("missing", client=client, frontegg_tenant_id="t-1")
        assert caught.value.trace_id == TRACE_ID
        gateway.revoke_all()  # the next call meets a 401, refreshes, and is sent again
        assert client.get_httpx_client().get("/resources/users/v1/u1").status_code == 200
    assert len(gateway.token_requests) == 2


def test_retries_wrap_the_transport_for_idempotent_calls() -> None:
    gateway, served = FakeGateway(), []

    def busy_once(request: httpx.Request) -> httpx.Response:
        served.append(request.method)
        if request.url.path.startswith("/identity") and served.count("GET") == 1:
            return httpx.Response(503, headers={"retry-after": "0"})
        return gateway(request)

    transport = httpx.MockTransport(busy_once)
    with connect(gateway_url=EMULATOR, environ=CREDENTIALS, transport=transport, retries=2) as client:
        assert client.get_httpx_client().get("/resources/users/v1/u1").status_code == 200
    assert served == ["POST", "GET", "GET"]


async def test_the_async_client_gets_the_async_transport_hook_and_retries() -> None:
    gateway, served = FakeGateway(), []

    async def busy_once(request: httpx.Request) -> httpx.Response:
        served.append(request.method)
        if request.url.path.startswith("/identity") and served.count("GET") == 1:
            return httpx.Response(503, headers={"retry-after": "0"})
        return gateway(request)

    client = connect(
        gateway_url=EMULATOR,
        environ=CREDENTIALS,
        transport=httpx.MockTransport(lambda request: httpx.Response(599)),  # sync only: must not be used
        async_transport=httpx.MockTransport(busy_once),
        retries=1,
        raise_on_error=True,
    )
    async with client:
        with pytest.raises(NotFoundError, match="User not found"):
            await get_user_by_id.asyncio_detailed("missing", client=client, frontegg_tenant_id="t-1")
    assert served == ["POST", "GET", "GET"]


async def test_one_mock_transport_serves_both_clients() -> None:
    gateway = FakeGateway()
    client = connect(gateway_url=EMULATOR, environ=CREDENTIALS, transport=httpx.MockTransport(gateway))
    async with client:
        assert (await client.get_async_httpx_client().get("/resources/users/v1/u1")).status_code == 200
    assert len(gateway.api_requests) == 1
