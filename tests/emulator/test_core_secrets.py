"""Secrets stay secret: the API key, passwords and tokens never reach logs, error bodies or reprs."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from frontegg_emulator import EmulatorServer
from frontegg_emulator.domain import security
from frontegg_emulator.domain.model import Environment, OutboxMessage, Session, User
from frontegg_emulator.handlers.base import Context, Cookie, Reply

API_KEY = "sekret-api-key-4f1c9a7e2b"
PASSWORD = "Hunter2-hunter2-Correct"
LOGGERS = ("", "frontegg_emulator", "uvicorn", "uvicorn.error", "uvicorn.access")
CLIENT_SIDE = ("httpx", "httpcore")  # the test's own HTTP client logs its URLs; not the emulator's logs


@pytest.fixture(scope="module")
def logs() -> Iterator[io.StringIO]:
    """Every record of every logger the emulator (or uvicorn under it) uses, at DEBUG, as text."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    handler.addFilter(lambda record: not record.name.startswith(CLIENT_SIDE))
    saved = {}
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved[name] = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    yield stream
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(handler)
        logging.getLogger(name).setLevel(saved[name])


@pytest.fixture(scope="module")
def server(logs: io.StringIO) -> Iterator[EmulatorServer]:
    with EmulatorServer(client_id="secrets-client", api_key=API_KEY) as emu:
        yield emu


def _exercise(emu: EmulatorServer) -> list[httpx.Response]:
    """Calls that carry the API key (or a password) in every place a caller might put one."""
    out: list[httpx.Response] = []
    with httpx.Client(base_url=emu.url, timeout=10) as http:
        ok = http.post("/auth/vendor", json={"clientId": "secrets-client", "secret": API_KEY})
        assert ok.status_code == 200
        token = ok.json()["token"]
        out += [
            http.post("/auth/vendor", json={"clientId": "secrets-client", "secret": API_KEY + "x"}),
            http.post("/auth/vendor", json={"clientId": "other", "secret": API_KEY}),
            http.post("/auth/vendor", json={"clientId": API_KEY, "secret": API_KEY}),
            http.post("/auth/vendor", json={"clientId": "secrets-client", "secret": [API_KEY]}),
            http.post("/auth/vendor", content=b'{"clientId":"secrets-client","secret":"' + API_KEY.encode()),
            http.get("/identity/resources/configurations/v1", headers={"Authorization": f"Bearer {API_KEY}"}),
            http.get("/identity/resources/configurations/v1", headers={"x-access-token": API_KEY}),
            http.get("/tenants/resources/tenants/v1", headers={"Authorization": f"Bearer {API_KEY}"}),
            http.post(
                "/identity/resources/users/v1/signUp",
                json={"provider": "local", "email": [API_KEY], "companyName": "x", "password": [PASSWORD]},
            ),
            http.post(
                "/identity/resources/users/v1/signUp",
                json={"provider": API_KEY, "email": "secret@example.com", "companyName": "x", "password": 12345678},
            ),
            http.get(
                "/identity/resources/users/v3",
                params={"_sortBy": API_KEY, "_limit": API_KEY},
                headers={"Authorization": f"Bearer {token}"},
            ),
            http.post("/identity/resources/auth/v1/user", json={"email": "nobody@example.com", "password": API_KEY}),
            http.post("/identity/resources/auth/v1/user", json={"email": "nobody@example.com", "password": [API_KEY]}),
            http.post(
                "/identity/resources/auth/v1/user/token/refresh",
                json={},
                headers={"cookie": f"fe_refresh_secretsclient={API_KEY}"},
            ),
            http.post("/identity/resources/users/v1/activate", json={"userId": "u", "token": API_KEY}),
            http.get(
                "/identity/resources/configurations/v1",
                headers={"Authorization": f"Bearer {token}", "frontegg-vendor-host": API_KEY},
            ),
            http.get("/_emulator/environments"),
        ]
    return out


def test_api_key_never_in_error_bodies_or_logs(server: EmulatorServer, logs: io.StringIO, capfd: Any) -> None:
    responses = _exercise(server)
    assert any(r.status_code == 400 for r in responses) and any(r.status_code == 401 for r in responses)
    for r in responses:
        assert r.status_code < 500, (r.request.url, r.text)
        assert API_KEY not in r.text, (r.request.method, r.request.url, r.text)
        assert PASSWORD not in r.text, (r.request.method, r.request.url, r.text)
        assert API_KEY not in str(r.headers)
    captured = capfd.readouterr()
    for text in (logs.getvalue(), captured.out, captured.err):
        assert API_KEY not in text
        assert PASSWORD not in text


def test_repr_of_credentials_hides_the_api_key(server: EmulatorServer) -> None:
    creds = server.credentials
    assert creds.api_key == API_KEY  # still available to the code that needs it
    for text in (repr(creds), str(creds), f"{creds}", f"{creds!r}", repr(server)):
        assert API_KEY not in text
    assert "secrets-client" in repr(creds)
    # Also for a server that was never started.
    unstarted = EmulatorServer(api_key="another-secret-key-123")
    try:
        assert "another-secret-key-123" not in repr(unstarted.credentials)
    finally:
        unstarted.stop()


def test_repr_of_domain_objects_hides_secrets(server: EmulatorServer) -> None:
    env = server.environment
    text = repr(env)
    assert API_KEY not in text and env.signing_key_pem not in text and "PRIVATE KEY" not in text
    assert env.client_id in text

    password_hash = security.hash_password(PASSWORD)
    user = User(
        id="u1", email="a@b.co", name="A", created_at=0.0, tenant_ids=["t"], tenant_id="t", roles={},
        password_hash=password_hash, recovery_code_hash=security.digest("recovery"),
        password_history=[password_hash],
    )  # fmt: skip
    assert password_hash not in repr(user) and "argon2" not in repr(user)
    assert security.digest("recovery") not in repr(user)
    session = Session("s", "u1", "t", security.digest("refresh-token"), 0.0, 1.0)
    assert security.digest("refresh-token") not in repr(session)
    message = OutboxMessage("m", "email", "a@b.co", "activation", 0.0, "123456", "tok-abc", "http://x/?token=tok-abc")
    assert "123456" not in repr(message) and "tok-abc" not in repr(message)
    env_copy = Environment(
        id="e", client_id="c", api_key=API_KEY, vendor_host="h", signing_key_pem="PEM", key_id="k", created_at=0.0
    )
    env_copy.users["u1"] = user
    env_copy.outbox.append(message)
    assert all(secret not in repr(env_copy) for secret in (API_KEY, password_hash, "123456", "tok-abc", "PEM"))
    assert "refresh" not in repr(Cookie("fe_refresh_x", "refresh-secret")).replace("fe_refresh_x", "")
    assert "access-secret" not in repr(Reply({"accessToken": "access-secret"}))


def test_repr_of_a_handler_context_hides_headers_body_and_cookies(server: EmulatorServer) -> None:
    seen: list[str] = []
    from frontegg_emulator.handlers import base

    original = base.HANDLERS["loginWithPassword"]

    def spy(ctx: Context) -> Any:
        seen.append(repr(ctx))
        return original(ctx)

    base.HANDLERS["loginWithPassword"] = spy
    try:
        httpx.post(
            server.url + "/identity/resources/auth/v1/user",
            json={"email": "nobody@example.com", "password": PASSWORD},
            headers={
                "Authorization": "Bearer some-bearer-token",
                "x-api-key": API_KEY,
                "cookie": "fe_refresh_secretsclient=refresh-cookie-value",
            },
        )
    finally:
        base.HANDLERS["loginWithPassword"] = original
    [text] = seen
    for secret in (PASSWORD, API_KEY, "some-bearer-token", "refresh-cookie-value"):
        assert secret not in text
    assert "loginWithPassword" in text
