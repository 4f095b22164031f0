"""Findings 5 and 9 of issue 14: IP rules see the real client, and logins do not tell users apart.

5. The client address is the connection's, unless the connection comes from a ``--trusted-proxy``;
   before, any client's X-Forwarded-For was believed, so a blocked address passed by sending the
   header. An account's IP rules apply at login, not only to calls with its tokens.
9. A locked account answers a wrong password as an unknown email does (before: "The user is locked"
   to anyone), and an unknown email costs one password verification like a known one (before: none).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from security_support import Isolated

from frontegg_emulator import EmulatorServer
from frontegg_emulator.domain import proxies, security

RULES = "/configurations/v1/restrictions/ip"
OUTSIDE = "198.51.100.7"  # TEST-NET-2: never the address of the test client


def _only_allow(env: Isolated, token: str, network: str) -> None:
    r = env.call("POST", RULES, token, json={"ip": network, "strategy": "ALLOW"})
    assert r.status_code == 201, r.text
    r = env.call("POST", RULES + "/config", token, json={"strategy": "ALLOW", "isActive": True})
    assert r.status_code == 201, r.text


def test_a_forwarded_for_header_does_not_move_the_client(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    email = env.new_email()
    env.sign_up(email)
    _only_allow(env, env.env_token(), "198.51.100.0/24")  # the environment admits TEST-NET-2 only
    r = env.call("POST", "/auth/v1/user", json={"email": email, "password": "x"}, headers={"x-forwarded-for": OUTSIDE})
    assert r.status_code == 403 and r.json()["errorCode"] == "ER-01144", r.text


@pytest.fixture(scope="module")
def behind_proxy() -> Iterator[EmulatorServer]:
    with EmulatorServer(trusted_proxies=["127.0.0.1"]) as server:
        yield server


def test_behind_a_trusted_proxy_the_forwarded_client_counts(behind_proxy: EmulatorServer) -> None:
    env = Isolated(behind_proxy, throttling=False)
    email = env.new_email()
    env.sign_up(email)
    _only_allow(env, env.env_token(), "198.51.100.0/24")
    assert env.login(email).status_code == 403  # the proxy itself (loopback) is not admitted
    proxied = {"x-forwarded-for": OUTSIDE}
    r = env.call("POST", "/auth/v1/user", json={"email": email, "password": "Correct-horse-9"}, headers=proxied)
    assert r.status_code == 200, r.text
    # A client that writes the header itself gets its own entry appended by the proxy: that one counts.
    spoofed = {"x-forwarded-for": f"{OUTSIDE}, 203.0.113.5"}
    r = env.call("POST", "/auth/v1/user", json={"email": email, "password": "Correct-horse-9"}, headers=spoofed)
    assert r.status_code == 403, r.text


def test_client_address_reads_forwarded_for_from_the_right() -> None:
    trusted = (proxies.trusted_proxy("10.0.0.0/8"),)
    assert proxies.client_address("203.0.113.5", ["198.51.100.7"], trusted) == "203.0.113.5"
    assert proxies.client_address("10.0.0.2", ["1.2.3.4, 198.51.100.7, 10.0.0.9"], trusted) == "198.51.100.7"
    assert proxies.client_address("10.0.0.2", [], trusted) == "10.0.0.2"
    assert proxies.client_address("::ffff:10.0.0.2", ["198.51.100.7"], trusted) == "198.51.100.7"
    assert proxies.client_address("127.0.0.1", ["198.51.100.7"], ()) == "127.0.0.1"
    with pytest.raises(ValueError, match="neither an IP address"):
        proxies.trusted_proxy("proxy.local")


def test_an_accounts_allow_list_applies_at_login(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin, other = env.new_email("admin"), env.new_email("other")
    env.sign_up(admin)
    env.sign_up(other)
    _only_allow(env, env.token(admin), "198.51.100.0/24")  # the admin restricts its own account
    r = env.login(admin)
    assert r.status_code == 403 and r.json()["errorCode"] == "ER-01144", r.text
    assert env.login(other).status_code == 200  # another account is not affected


def test_a_locked_account_is_not_told_apart_by_a_wrong_password(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    email = env.new_email()
    user_id, _ = env.sign_up(email)
    assert env.admin("POST", f"/users/{user_id}/lock").status_code == 200
    locked = env.login(email, "Wrong-password-1")
    unknown = env.login(env.new_email("nobody"), "Wrong-password-1")
    assert locked.status_code == unknown.status_code == 401
    assert locked.json() == unknown.json()
    right = env.login(email)  # only the right password learns why
    assert right.status_code == 401 and right.json()["errorCode"] == "ER-01022"


def test_an_unknown_user_costs_one_password_verification(monkeypatch: pytest.MonkeyPatch) -> None:
    real = security._hasher
    calls: list[str] = []

    class Counting:
        def verify(self, hash_: str, password: str) -> bool:
            calls.append(hash_)
            return real.verify(hash_, password)

    monkeypatch.setattr(security, "_hasher", Counting())
    assert security.verify_password(None, "anything") is False
    assert security.verify_password("", "anything") is False
    assert len(calls) == 2  # argon2 ran both times, as it does for a real hash
    known = real.hash("right")
    assert security.verify_password(known, "right") is True
    assert security.verify_password(known, "wrong") is False
