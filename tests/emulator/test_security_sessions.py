"""Findings 4 and 8 of issue 14: what a token may still do after its grounds are gone.

4. A user removed from an account loses every token it holds there: its session, its personal
   access token and its API token (before the fix the personal token listed users and created them).
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


def test_a_user_removed_from_an_account_loses_its_personal_tokens_there(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    email = env.new_email("leaver")
    user_id, account_a = env.sign_up(email)  # Admin of account A
    account_b = "b-" + user_id
    vendor = env.env_token()
    r = env.call("POST", f"/users/v1/{user_id}/tenant", vendor, json={"tenantId": account_b})
    assert r.status_code < 300, r.text
    ids = {"frontegg-tenant-id": account_a, "frontegg-user-id": user_id}
    user_token = env.token(email)
    personal = env.call("POST", "/users/access-tokens/v1", user_token, headers=ids, json={"description": "cli"})
    assert personal.status_code == 201, personal.text
    pat = personal.json()["secret"]
    api_key = env.call("POST", "/users/api-tokens/v1", user_token, headers=ids, json={"description": "ci"})
    assert api_key.status_code == 201, api_key.text
    login = env.http.post(
        "/identity/resources/auth/v2/api-token",
        json={"clientId": api_key.json()["clientId"], "secret": api_key.json()["secret"]},
    )
    assert login.status_code == 200, login.text
    api_token = login.json()["access_token"]
    listing = {"headers": {"frontegg-tenant-id": account_a}}
    assert env.call("GET", "/users/v3", pat, **listing).status_code == 200
    assert env.call("GET", "/users/v3", api_token, **listing).status_code == 200

    r = env.call("DELETE", f"/users/v1/{user_id}", vendor, headers={"frontegg-tenant-id": account_a})
    assert r.status_code < 300, r.text
    for token in (pat, api_token, user_token):
        r = env.call("GET", "/users/v3", token, **listing)
        assert r.status_code == 401, r.text
        r = env.call(
            "POST", "/users/v1", token, headers={"frontegg-tenant-id": account_a}, json={"email": env.new_email()}
        )
        assert r.status_code == 401, r.text
    # Still a member of B: the user logs in there as before.
    assert env.login(email).status_code == 200
