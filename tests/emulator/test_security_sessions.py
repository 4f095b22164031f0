"""Findings 4 and 8 of issue 14: what a token may still do after its grounds are gone.

8. Replaying a rotated-out refresh token ends the session (RFC 9700 section 4.14.2): the thief's copy
   and the client's current token die together. Before the fix the session lived on.
"""

from __future__ import annotations

import httpx
from security_support import PASSWORD, Isolated

from frontegg_emulator import EmulatorServer

REFRESH = "/auth/v1/user/token/refresh"


def _refresh_with(env: Isolated, cookie_name: str, token: str) -> httpx.Response:
    return env.call("POST", REFRESH, json={}, headers={"cookie": f"{cookie_name}={token}"})


def test_replaying_a_rotated_refresh_token_ends_the_session(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    email = env.new_email()
    env.sign_up(email)
    login = env.login(email)
    assert login.status_code == 200, login.text
    stolen = login.json()["refreshToken"]
    cookie_name = next(name for name in login.cookies if "refresh" in name)
    rotated = _refresh_with(env, cookie_name, stolen)
    assert rotated.status_code == 201, rotated.text
    current = rotated.json()["refreshToken"]
    access = rotated.json()["accessToken"]
    assert env.call("GET", "/users/v2/me", access).status_code == 200

    replay = _refresh_with(env, cookie_name, stolen)
    assert replay.status_code == 401 and replay.json()["errorCode"] == "ER-01025"
    # The legitimate holder's newer token is dead too, and so is the session's access token.
    assert _refresh_with(env, cookie_name, current).status_code == 401
    assert env.call("GET", "/users/v2/me", access).status_code == 401


def test_an_unknown_refresh_token_ends_nothing(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    email = env.new_email()
    env.sign_up(email)
    login = env.login(email, PASSWORD)
    cookie_name = next(name for name in login.cookies if "refresh" in name)
    assert _refresh_with(env, cookie_name, "not-a-token").status_code == 401
    assert _refresh_with(env, cookie_name, login.json()["refreshToken"]).status_code == 201
