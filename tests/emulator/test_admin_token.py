"""``serve --admin-token``: /_emulator (JSON and web UI) needs the token; the Frontegg API does not."""

from __future__ import annotations

import re
import signal
from collections.abc import Iterator

import httpx
import pytest
from test_core_process import Served, assert_clean_exit, run_cli

from frontegg_emulator import EmulatorServer

TOKEN = "admin-token-for-tests-0123456789"


@pytest.fixture(scope="module")
def guarded() -> Iterator[EmulatorServer]:
    with EmulatorServer(admin_token=TOKEN) as server:
        yield server


@pytest.fixture
def http(guarded: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=guarded.url, timeout=20, follow_redirects=False) as client:
        yield client


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token-wrong-token"},
        {"X-Emulator-Admin-Token": TOKEN[:-1]},
        {"Cookie": "x=1"},
    ],
    ids=["none", "wrong-bearer", "wrong-header", "no-admin-cookie"],
)
def test_the_json_admin_surface_refuses_without_the_token(http: httpx.Client, headers: dict[str, str]) -> None:
    for method, path in [("GET", "/_emulator/outbox"), ("POST", "/_emulator/reset"), ("GET", "/_emulator/coverage")]:
        r = http.request(method, path, headers=headers)
        assert r.status_code == 401, (method, path, r.text)
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert r.json()["errors"] and "admin token" in r.json()["errors"][0]
        assert TOKEN not in r.text


def test_the_token_opens_it_as_bearer_or_header(http: httpx.Client) -> None:
    assert http.get("/_emulator/environments", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert http.get("/_emulator/environments", headers={"X-Emulator-Admin-Token": TOKEN}).status_code == 200


def test_the_frontegg_api_needs_no_admin_token(guarded: EmulatorServer, http: httpx.Client) -> None:
    env = guarded.environment
    r = http.post("/auth/vendor", json={"clientId": env.client_id, "secret": env.api_key})
    assert r.status_code == 200, r.text
    assert http.get("/.well-known/jwks.json").status_code == 200


def test_the_web_ui_asks_for_the_token_then_keeps_a_cookie(guarded: EmulatorServer, http: httpx.Client) -> None:
    page = http.get("/_emulator/", headers={"Accept": "text/html"})
    assert page.status_code == 401
    assert 'action="/_emulator/ui/sign-in"' in page.text
    assert guarded.environment.client_id not in page.text  # nothing of the state before signing in
    assert http.get("/_emulator/ui/outbox").status_code == 401
    assert http.get("/_emulator/ui/static/app.css").status_code == 200  # the sign-in page's style

    wrong = http.post("/_emulator/ui/sign-in", data={"token": "not-it-not-it-not-it"})
    assert wrong.status_code == 401 and "not the admin token" in wrong.text
    assert "set-cookie" not in wrong.headers

    right = http.post("/_emulator/ui/sign-in", data={"token": TOKEN})
    assert right.status_code == 303 and right.headers["location"] == "/_emulator/"
    cookie = right.headers["set-cookie"]
    assert re.search(r"(?i)httponly", cookie) and re.search(r"(?i)samesite=strict", cookie)
    assert re.search(r"(?i)path=/_emulator", cookie)
    assert TOKEN not in cookie  # an HMAC of the token, not the token
    home = http.get("/_emulator/", headers={"Accept": "text/html"})
    assert home.status_code == 200 and guarded.environment.client_id in home.text
    # The cookie opens the JSON surface too: the UI's own scripts fetch it.
    assert http.get("/_emulator/environments/credentials").status_code == 200


def test_an_unguarded_emulator_stays_open(emu: EmulatorServer) -> None:
    assert httpx.get(emu.url + "/_emulator/environments").status_code == 200


def test_serve_refuses_a_short_token_from_the_flag_or_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_cli("serve", "--port", "0", "--admin-token", "short")
    assert result.returncode == 2 and "at least 16 characters" in result.stderr, result.stderr
    monkeypatch.setenv("FRONTEGG_EMULATOR_ADMIN_TOKEN", "short")
    result = run_cli("serve", "--port", "0")
    assert result.returncode == 2 and "at least 16 characters" in result.stderr, result.stderr
    assert "short" not in result.stderr.split("error:")[-1].replace("at least", "")  # the secret is not echoed


def test_serve_takes_the_token_from_the_variable_and_does_not_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTEGG_EMULATOR_ADMIN_TOKEN", TOKEN)
    proc = Served("--host", "0.0.0.0", "--port", "0")  # noqa: S104 (the point of the test)
    try:
        assert any("needs the admin token" in line for line in proc.banner)
        assert proc.http.get("/_emulator/outbox").status_code == 401
        assert proc.http.get("/_emulator/outbox", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        code, stderr = proc.stop(signal.SIGTERM)
    finally:
        proc.ensure_dead()
    assert_clean_exit(code, stderr)
    assert "warning" not in stderr, stderr
