"""Concurrent requests over real HTTP: the per-environment lock makes check-then-write atomic.

Threads wait on a barrier and then fire together, each with its own connection.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx
import pytest

from frontegg_emulator import EmulatorServer

T = TypeVar("T")
N = 20
SIGN_UP = "/identity/resources/users/v1/signUp"


def together(n: int, call: Callable[[int, httpx.Client], T], base_url: str) -> list[T]:
    """Run ``call(i, client)`` for i < n in n threads released at the same moment."""
    barrier = threading.Barrier(n)

    def run(i: int) -> T:
        with httpx.Client(base_url=base_url, timeout=60) as client:
            client.get("/_emulator/clock")  # connect first, so the barrier releases requests, not handshakes
            barrier.wait(30)
            return call(i, client)

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(run, range(n)))


@pytest.fixture
def fresh_env(emu: EmulatorServer) -> dict[str, Any]:
    """A new environment per test, so user counts are exact."""
    with httpx.Client(base_url=emu.url) as http:
        r = http.post("/_emulator/environments", json={})
        assert r.status_code == 201, r.text
        env = dict(r.json())
        token = http.post("/auth/vendor", json={"clientId": env["clientId"], "secret": env["apiKey"]}).json()["token"]
    env["auth"] = {"Authorization": f"Bearer {token}"}
    env["host"] = {"frontegg-vendor-host": env["vendorHost"]}
    return env


def _sign_up(env: dict[str, Any], email: str, client: httpx.Client) -> httpx.Response:
    body = {"provider": "local", "email": email, "companyName": "Race Co", "password": "Correct-horse-9"}
    return client.post(SIGN_UP, json=body, headers=env["host"])


def test_twenty_concurrent_sign_ups_with_one_email_one_wins(emu: EmulatorServer, fresh_env: dict[str, Any]) -> None:
    email = f"race-{uuid.uuid4().hex[:8]}@example.com"
    responses = together(N, lambda i, c: _sign_up(fresh_env, email, c), emu.url)
    statuses = Counter(r.status_code for r in responses)
    assert statuses == Counter({201: 1, 409: N - 1}), statuses
    assert all(r.headers.get("frontegg-trace-id") for r in responses)
    assert all(r.json()["errors"] for r in responses if r.status_code == 409)
    with httpx.Client(base_url=emu.url) as http:
        users = http.get("/identity/resources/users/v3", headers=fresh_env["auth"]).json()
        assert [u["email"] for u in users["items"]] == [email]
        # Only the winner's account was created: losers must not leave empty tenants behind.
        tenants = http.get("/tenants/resources/tenants/v1", headers=fresh_env["auth"]).json()
        assert len(tenants) == 1
        assert tenants[0]["id"] == users["items"][0]["tenantId"]


def test_twenty_concurrent_distinct_sign_ups_all_succeed(emu: EmulatorServer, fresh_env: dict[str, Any]) -> None:
    stem = uuid.uuid4().hex[:8]
    emails = [f"many-{stem}-{i}@example.com" for i in range(N)]
    responses = together(N, lambda i, c: _sign_up(fresh_env, emails[i], c), emu.url)
    assert [r.status_code for r in responses] == [201] * N, [r.text for r in responses if r.status_code != 201]
    assert len({r.json()["userId"] for r in responses}) == N
    with httpx.Client(base_url=emu.url) as http:
        users = http.get("/identity/resources/users/v3", headers=fresh_env["auth"], params={"_limit": 100}).json()
    assert users["_metadata"]["totalItems"] == N
    assert sorted(u["email"] for u in users["items"]) == sorted(emails)


def test_concurrent_logins_and_refreshes_of_one_user(emu: EmulatorServer, fresh_env: dict[str, Any]) -> None:
    email = f"logins-{uuid.uuid4().hex[:8]}@example.com"
    with httpx.Client(base_url=emu.url) as http:
        signed = _sign_up(fresh_env, email, http).json()
        activated = http.post(
            "/identity/resources/users/v1/activate",
            json={"userId": signed["userId"], "token": signed["activationToken"]},
            headers=fresh_env["host"],
        )
        assert activated.status_code in (200, 201), activated.text

    def login(i: int, client: httpx.Client) -> int:
        r = client.post(
            "/identity/resources/auth/v1/user",
            json={"email": email, "password": "Correct-horse-9"},
            headers=fresh_env["host"],
        )
        assert r.status_code == 200, r.text
        refreshed = client.post("/identity/resources/auth/v1/user/token/refresh", json={}, headers=fresh_env["host"])
        return refreshed.status_code

    assert together(N, login, emu.url) == [201] * N  # refreshUserToken documents 201


def test_environments_created_while_tokens_are_checked(emu: EmulatorServer) -> None:
    """Creating environments while other requests look environments up never answers 5xx.

    (Lookups iterated the registry while it grew: "dictionary changed size during iteration".)
    """
    creds = emu.credentials
    stop = threading.Event()
    seen: Counter[int] = Counter()

    def reader() -> None:
        with httpx.Client(base_url=emu.url, timeout=60) as client:
            while not stop.is_set():
                seen[client.get("/.well-known/jwks.json").status_code] += 1
                r = client.post("/auth/vendor", json={"clientId": creds.client_id, "secret": creds.api_key})
                seen[r.status_code] += 1

    readers = [threading.Thread(target=reader) for _ in range(4)]
    for thread in readers:
        thread.start()
    try:
        created = together(6, lambda i, c: c.post("/_emulator/environments", json={}).status_code, emu.url)
    finally:
        stop.set()
        for thread in readers:
            thread.join(60)
    assert created == [201] * 6
    assert set(seen) == {200}, seen


def test_a_get_waiting_for_a_busy_environment_holds_up_no_other(emu: EmulatorServer, fresh_env: dict[str, Any]) -> None:
    """GETs run on the event loop when their environment is free (app.Gateway._dispatch); one whose
    environment is held by another request goes to a worker thread and answers once it is released,
    while the loop keeps serving every other environment."""
    busy = next(e for e in emu.emulation.all() if e.client_id == fresh_env["clientId"])
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with emu.emulation.transaction(busy):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(30)
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            waiting = pool.submit(
                httpx.get, f"{emu.url}/identity/resources/roles/v1", headers=fresh_env["auth"], timeout=60
            )
            creds = emu.credentials
            token = httpx.post(
                f"{emu.url}/auth/vendor", json={"clientId": creds.client_id, "secret": creds.api_key}
            ).json()["token"]
            other = httpx.get(f"{emu.url}/identity/resources/roles/v1", headers={"Authorization": f"Bearer {token}"})
            assert other.status_code == 200, other.text
            assert not waiting.done()  # still waiting for its environment, which is still held
            release.set()
            assert waiting.result(60).status_code == 200
    finally:
        release.set()
        holder.join(30)
