"""Impersonation (@frontegg/rest-api 7.119.0 impersonate/index.js): an actor token, issued by the
environment's administrators (Frontegg's portal; the emulator's admin surface), redeemed once for a
session of the user it names, marked impersonated and capped at an hour. Raw HTTP: the generated client
does not include the companion operations yet."""

from __future__ import annotations

from typing import Any

import jwt
from response_schema import check
from security_support import Isolated

from frontegg_emulator import EmulatorServer

IMPERSONATE = "/impersonation/v1"


def _actor_token(env: Isolated, user_id: str) -> str:
    r = env.admin("POST", f"/users/{user_id}/impersonate")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["impersonatedUserId"] == user_id and body["expiresIn"] > 0
    return str(body["actorToken"])


def _impersonate(env: Isolated, user_id: str, actor_token: str) -> Any:
    return env.call("POST", IMPERSONATE, json={"impersonatedUserId": user_id, "actorToken": actor_token})


def _sessions(env: Isolated, token: str) -> list[dict[str, Any]]:
    r = env.call("GET", "/users/sessions/v1/me", token)
    assert r.status_code == 200, r.text
    return list(r.json())


def test_an_actor_token_opens_one_impersonated_session(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    email = env.new_email("impersonated")
    user_id, tenant_id = env.sign_up(email)
    own = env.token(email)
    actor = _actor_token(env, user_id)
    r = _impersonate(env, user_id, actor)
    assert r.status_code == 201, r.text
    body = r.json()
    check("impersonateUser", 201, body)
    assert body["tokenType"] == "bearer"
    # The browser goes on from the refresh cookie (redux-store ImpersonateState -> afterAuthNavigation).
    cookie = next(c for c in r.cookies.jar if c.name.startswith("fe_refresh_"))
    assert cookie.value == body["refreshToken"]
    claims = jwt.decode(body["accessToken"], options={"verify_signature": False})
    assert claims["sub"] == user_id and claims["tenantId"] == tenant_id
    assert claims["exp"] - claims["iat"] <= 3600  # never outliving the session
    # The token acts as the user; the user sees the session, marked impersonated, beside its own.
    me = env.call("GET", "/users/v2/me", body["accessToken"])
    assert me.status_code == 200 and me.json()["email"] == email
    sessions = {s["id"]: s for s in _sessions(env, own)}
    assert sessions[claims["sid"]]["impersonated"] is True
    own_sid = jwt.decode(own, options={"verify_signature": False})["sid"]
    assert sessions[own_sid]["impersonated"] is False
    # Replayed: the token was good once.
    assert _impersonate(env, user_id, actor).status_code == 401
    # The user ends it like any session of its own.
    r = env.call("DELETE", f"/users/sessions/v1/me/{claims['sid']}", own)
    assert r.status_code == 200, r.text
    assert env.call("GET", "/users/v2/me", body["accessToken"]).status_code == 401


def test_an_impersonated_session_ends_within_the_hour(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    email = env.new_email("impersonated-hour")
    user_id, _ = env.sign_up(email)
    body = _impersonate(env, user_id, _actor_token(env, user_id)).json()
    refreshed = env.call("POST", "/auth/v1/user/token/refresh", json={"refreshToken": body["refreshToken"]})
    assert refreshed.status_code == 201, refreshed.text
    env.admin("POST", "/clock/advance", json={"seconds": 3601}).raise_for_status()
    r = env.call("POST", "/auth/v1/user/token/refresh", json={"refreshToken": refreshed.json()["refreshToken"]})
    assert r.status_code == 401, r.text
    # The user's own logins are untouched by the hour.
    assert env.login(email).status_code == 200


def test_an_actor_token_serves_only_its_user_and_environment(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    target_id, _ = env.sign_up(env.new_email("target"))
    other_id, _ = env.sign_up(env.new_email("other"))
    actor = _actor_token(env, target_id)
    assert _impersonate(env, other_id, actor).status_code == 401  # issued for someone else
    assert _impersonate(env, target_id, "not-a-token").status_code == 401
    r = env.call("POST", IMPERSONATE, json={"impersonatedUserId": target_id})
    assert r.status_code == 400, r.text
    # Another environment's token names no user here, whatever id is sent.
    elsewhere = Isolated(emu, throttling=False)
    foreign_id, _ = elsewhere.sign_up(elsewhere.new_email("foreign"))
    foreign = _actor_token(elsewhere, foreign_id)
    assert _impersonate(env, foreign_id, foreign).status_code == 401
    assert _impersonate(env, target_id, foreign).status_code == 401
    # Expired tokens are refused; the first refusal did not spend the target's token.
    assert _impersonate(env, target_id, actor).status_code == 201
    late = _actor_token(env, target_id)
    env.admin("POST", "/clock/advance", json={"seconds": 301}).raise_for_status()
    assert _impersonate(env, target_id, late).status_code == 401


def test_no_token_of_the_api_mints_or_replaces_an_actor_token(emu: EmulatorServer) -> None:
    """Only the administrators' surface issues actor tokens: an account admin's access token, or the
    environment token, is no actor token."""
    env = Isolated(emu, throttling=False)
    admin = env.new_email("account-admin")
    _, _ = env.sign_up(admin)
    target_id, _ = env.sign_up(env.new_email("victim"))
    for token in (env.token(admin), env.env_token()):
        assert _impersonate(env, target_id, token).status_code == 401
    # A locked user cannot be impersonated either (and the token is spent).
    actor = _actor_token(env, target_id)
    env.admin("POST", f"/users/{target_id}/lock").raise_for_status()
    assert _impersonate(env, target_id, actor).status_code == 401
    env.admin("POST", f"/users/{target_id}/unlock").raise_for_status()
    assert _impersonate(env, target_id, actor).status_code == 401


def test_the_accounts_ip_rules_apply_to_an_impersonated_login(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    target_id, tenant = env.sign_up(env.new_email("ip-target"))
    account = {"frontegg-tenant-id": tenant}
    rules = "/configurations/v1/restrictions/ip"
    r = env.call("POST", rules, env.env_token(), headers=account, json={"ip": "203.0.113.9", "strategy": "ALLOW"})
    assert r.status_code == 201, r.text
    r = env.call(
        "POST", f"{rules}/config", env.env_token(), headers=account, json={"isActive": True, "strategy": "ALLOW"}
    )
    assert r.status_code < 300, r.text
    r = _impersonate(env, target_id, _actor_token(env, target_id))
    assert r.status_code == 403, r.text  # loopback is not on the account's allow list
    # A bearer token sent along (the browser may hold one) changes nothing: the actor token is the credential.
    r = env.call("POST", IMPERSONATE, env.env_token(), json={"impersonatedUserId": target_id, "actorToken": "x"})
    assert r.status_code == 401, r.text
