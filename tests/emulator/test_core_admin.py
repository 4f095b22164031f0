"""The emulator-only admin surface under /_emulator/: outbox, reset, clock, environments, coverage."""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from emulator_api import PASSWORD

from frontegg_emulator import EmulatorServer

SIGN_UP = "/identity/resources/users/v1/signUp"
ACTIVATE = "/identity/resources/users/v1/activate"
ACTIVATION_TTL = 7 * 86400


class Env:
    """A fresh environment of the module's server, driven through its vendor host."""

    def __init__(self, http: httpx.Client) -> None:
        r = http.post("/_emulator/environments", json={})
        assert r.status_code == 201, r.text
        self.http = http
        self.info = r.json()
        self.client_id = self.info["clientId"]
        self.host = {"frontegg-vendor-host": self.info["vendorHost"]}
        self.scope = {"clientId": self.client_id}

    def sign_up(self, email: str) -> dict[str, Any]:
        r = self.http.post(
            SIGN_UP,
            json={"provider": "local", "email": email, "companyName": "Admin Co", "password": PASSWORD},
            headers=self.host,
        )
        assert r.status_code == 201, r.text
        return dict(r.json())

    def activate(self, user_id: str, token: str) -> httpx.Response:
        return self.http.post(ACTIVATE, json={"userId": user_id, "token": token}, headers=self.host)

    def outbox(self, **filters: str) -> list[dict[str, Any]]:
        r = self.http.get("/_emulator/outbox", params={**self.scope, **filters})
        assert r.status_code == 200, r.text
        return list(r.json()["messages"])

    def advance(self, seconds: float) -> dict[str, Any]:
        r = self.http.post("/_emulator/clock/advance", params=self.scope, json={"seconds": seconds})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def env_auth(self) -> dict[str, str]:
        r = self.http.post("/auth/vendor", json={"clientId": self.client_id, "secret": self.info["apiKey"]})
        return {"Authorization": f"Bearer {r.json()['token']}"}

    def user_count(self) -> int:
        r = self.http.get("/identity/resources/users/v3", headers=self.env_auth())
        assert r.status_code == 200, r.text
        return int(r.json()["_metadata"]["totalItems"])


@pytest.fixture(scope="module")
def http(emu: EmulatorServer) -> Any:
    with httpx.Client(base_url=emu.url, timeout=20) as client:
        yield client


@pytest.fixture
def env(http: httpx.Client) -> Env:
    return Env(http)


def test_outbox_shows_the_activation_email(env: Env) -> None:
    email = f"outbox-{uuid.uuid4().hex[:8]}@example.com"
    signed = env.sign_up(email)
    [message] = env.outbox(to=email)
    assert message["channel"] == "email"
    assert message["kind"] == "activation"
    assert message["to"] == email
    assert message["user_id"] == signed["userId"]
    assert re.fullmatch(r"\d{6}", message["code"])
    assert message["token"] == signed["activationToken"]
    link = urlsplit(message["link"])
    assert link.scheme in ("http", "https") and link.path.endswith("/activate")
    assert parse_qs(link.query) == {"userId": [signed["userId"]], "token": [message["token"]]}
    assert isinstance(message["created_at"], float | int)
    # Filters.
    assert env.outbox(to=email, kind="activation") == [message]
    assert env.outbox(to=email, kind="reset-password") == []
    assert env.outbox(to="nobody@example.com") == []
    # The code works too (activateUserWithCode), and the emailed token activates.
    assert env.activate(signed["userId"], message["token"]).status_code in (200, 201)


def test_outbox_delete_clears(env: Env) -> None:
    env.sign_up(f"a-{uuid.uuid4().hex[:6]}@example.com")
    env.sign_up(f"b-{uuid.uuid4().hex[:6]}@example.com")
    assert len(env.outbox()) == 2
    r = env.http.delete("/_emulator/outbox", params=env.scope)
    assert r.status_code == 200 and r.json() == {"messages": []}
    assert env.outbox() == []


def test_reset_wipes_users_and_keeps_credentials(env: Env) -> None:
    email = f"reset-{uuid.uuid4().hex[:8]}@example.com"
    signed = env.sign_up(email)
    assert env.activate(signed["userId"], signed["activationToken"]).status_code in (200, 201)
    login = env.http.post(
        "/identity/resources/auth/v1/user", json={"email": email, "password": PASSWORD}, headers=env.host
    )
    assert login.status_code == 200
    env.advance(30)
    assert env.user_count() == 1

    r = env.http.post("/_emulator/reset", params=env.scope)
    assert r.status_code == 200, r.text
    assert r.json()["clientId"] == env.client_id
    assert env.user_count() == 0  # the credentials still work; the users are gone
    assert env.outbox() == []
    assert env.http.get("/_emulator/clock", params=env.scope).json()["offset"] == 0
    gone = env.http.post(
        "/identity/resources/auth/v1/user", json={"email": email, "password": PASSWORD}, headers=env.host
    )
    assert gone.status_code == 401
    # The old session's access token died with its session.
    me = env.http.get(
        "/identity/resources/users/v2/me", headers={"Authorization": f"Bearer {login.json()['accessToken']}"}
    )
    assert me.status_code == 401
    # The same email signs up afresh; the seeded roles are back.
    env.sign_up(email)
    roles = env.http.get("/identity/resources/roles/v1", headers=env.env_auth())
    assert roles.status_code == 200
    assert {"Admin", "ReadOnly"} <= {r["key"] for r in roles.json()}


def test_reset_of_one_environment_leaves_the_others(http: httpx.Client) -> None:
    a, b = Env(http), Env(http)
    a.sign_up(f"keep-{uuid.uuid4().hex[:6]}@example.com")
    b.sign_up(f"wipe-{uuid.uuid4().hex[:6]}@example.com")
    assert http.post("/_emulator/reset", params=b.scope).status_code == 200
    assert (a.user_count(), b.user_count()) == (1, 0)


def test_clock_advance_expires_activation_tokens(env: Env) -> None:
    before = env.http.get("/_emulator/clock", params=env.scope).json()
    early = env.sign_up(f"early-{uuid.uuid4().hex[:6]}@example.com")
    late = env.sign_up(f"late-{uuid.uuid4().hex[:6]}@example.com")
    moved = env.advance(ACTIVATION_TTL - 3600)
    assert moved["offset"] == before["offset"] + ACTIVATION_TTL - 3600
    assert moved["now"] >= before["now"] + ACTIVATION_TTL - 3600
    # Six days and 23 hours later: still valid.
    assert env.activate(early["userId"], early["activationToken"]).status_code in (200, 201)
    env.advance(3601)
    r = env.activate(late["userId"], late["activationToken"])
    assert r.status_code == 401, r.text
    assert r.json()["errors"] and r.json()["errorCode"]
    assert late["activationToken"] not in r.text
    # A new activation email (resetActivationToken, environment token) brings a token that works.
    late_email = env.outbox(kind="activation")[-1]["to"]
    resent = env.http.post(
        "/identity/resources/users/v1/activate/reset",
        json={"email": late_email, "emailMetadata": {}},
        headers=env.env_auth(),
    )
    assert resent.status_code == 201, resent.text
    fresh = env.outbox(to=late_email, kind="activation")[-1]["token"]
    assert fresh != late["activationToken"]
    assert env.activate(late["userId"], fresh).status_code in (200, 201)


def test_environments_listing_and_coverage(http: httpx.Client, emu: EmulatorServer) -> None:
    listed = http.get("/_emulator/environments")
    assert listed.status_code == 200
    assert emu.credentials.client_id in {e["clientId"] for e in listed.json()}
    assert all(set(e) == {"id", "clientId", "vendorHost", "gatewayUrl"} for e in listed.json())
    coverage = http.get("/_emulator/coverage").json()
    assert coverage["total"] == 307
    assert coverage["implemented"] + len(coverage["missing"]) == 307
    assert http.post("/_emulator/coverage").status_code == 405


def test_known_admin_routes_answer_405_for_other_methods(http: httpx.Client) -> None:
    for method, path in (
        ("POST", "/_emulator/coverage"),
        ("GET", "/_emulator/reset"),
        ("GET", "/_emulator/clock/advance"),
        ("PUT", "/_emulator/outbox"),
        ("DELETE", "/_emulator/environments"),
    ):
        r = http.request(method, path)
        assert r.status_code == 405, (method, path, r.text)
        assert r.json()["errors"] and r.headers.get("frontegg-trace-id")
        assert method not in r.headers["allow"] and r.headers["allow"], (method, path)


def test_admin_input_is_validated(env: Env) -> None:
    for body in ({"rpId": "example.com", "origins": 5}, {"rpId": "example.com", "origins": "https://x"}, {}):
        r = env.http.put("/_emulator/webauthn", params=env.scope, json=body)
        assert r.status_code == 400, (body, r.text)
    ok = env.http.put("/_emulator/webauthn", params=env.scope, json={"rpId": "example.com"})
    assert ok.status_code == 200 and ok.json()["origins"] == ["http://example.com", "https://example.com"]
    # The clock moves far, but not beyond what dates can express.
    for _ in range(3):
        env.advance(100 * 365 * 86400)
    r = env.http.post("/_emulator/clock/advance", params=env.scope, json={"seconds": 2000 * 365 * 86400})
    assert r.status_code == 400
    signed = env.sign_up(f"future-{uuid.uuid4().hex[:6]}@example.com")  # dates three centuries ahead still work
    assert env.activate(signed["userId"], signed["activationToken"]).status_code in (200, 201)


def test_the_request_log_names_each_answer_by_its_trace_id(env: Env) -> None:
    """/_emulator/requests: one entry per answer (made on every request, so kept cheap: requestlog.py),
    found by its trace id, with the operation and environment it was answered in and no query string."""
    auth = env.env_auth()
    r = env.http.get("/identity/resources/users/v3", params={"_limit": 1}, headers=auth)
    assert r.status_code == 200, r.text
    missing = env.http.get(f"/identity/resources/users/v1/{uuid.uuid4()}", headers=auth)
    assert missing.status_code == 404
    for answer, status, error in ((r, 200, None), (missing, 404, "User not found")):
        trace = answer.headers["frontegg-trace-id"]
        assert re.fullmatch(r"[0-9a-f]{32}", trace)
        found = env.http.get("/_emulator/requests", params={"traceId": trace})
        assert found.status_code == 200, found.text
        (entry,) = found.json()["requests"]
        assert entry["traceId"] == trace and entry["status"] == status and entry["method"] == "GET"
        assert entry["clientId"] == env.client_id and "?" not in entry["path"]
        assert entry["operationId"] in ("getUsers", "getUserById") and entry["durationMs"] >= 0
        assert entry["error"] == error or (error is not None and error in entry["error"])
    listed = env.http.get("/_emulator/requests", params={"status": "4xx", "limit": 50}).json()["requests"]
    assert missing.headers["frontegg-trace-id"] in {e["traceId"] for e in listed}
    assert all(400 <= e["status"] < 500 for e in listed)
