"""The caller's sessions: listing with the current one marked, revoking one, revoking all the others."""

from __future__ import annotations

import uuid
from typing import Any

import jwt
from emulator_api import Api, body_of
from response_schema import check

from frontegg_identity.api.user_sessions import (
    delete_all_user_active_sessions,
    delete_user_session,
    get_active_sessions,
)


def _session(token: str) -> str:
    return str(jwt.decode(token, options={"verify_signature": False})["sid"])


def _browser(api: Api, email: str) -> dict[str, Any]:
    """One login in its own cookie jar: its access token, session id and generated client."""
    client = api.client()
    r = api.login(email, client=client)
    assert r.status_code == 200, r.content
    token = body_of(r)["accessToken"]
    return {"token": token, "sid": _session(token), "client": api.client(token)}


def test_sessions_are_listed_and_revoked(api: Api) -> None:
    email = api.new_email("sessions")
    api.sign_up(email)
    laptop, phone, tablet = (_browser(api, email) for _ in range(3))

    r = get_active_sessions.sync_detailed(client=laptop["client"])
    assert r.status_code == 200, r.content
    sessions = body_of(r)
    check("getActiveSessions", 200, sessions)
    mine = {s["id"]: s for s in sessions}
    assert {laptop["sid"], phone["sid"], tablet["sid"]} <= set(mine)
    assert [s["id"] for s in sessions if s["current"]] == [laptop["sid"]]
    assert mine[phone["sid"]]["ipAddress"] == "127.0.0.1"

    # Ending one session ends its access tokens.
    assert api.me(phone["token"]).status_code == 200
    assert delete_user_session.sync_detailed(phone["sid"], client=laptop["client"]).status_code == 200
    assert api.me(phone["token"]).status_code == 401
    assert phone["sid"] not in {s["id"] for s in body_of(get_active_sessions.sync_detailed(client=laptop["client"]))}
    assert delete_user_session.sync_detailed(phone["sid"], client=laptop["client"]).status_code == 404
    assert delete_user_session.sync_detailed(str(uuid.uuid4()), client=laptop["client"]).status_code == 404

    # Ending all the others keeps the caller's own.
    assert delete_all_user_active_sessions.sync_detailed(client=laptop["client"]).status_code == 200
    assert api.me(tablet["token"]).status_code == 401
    assert api.me(laptop["token"]).status_code == 200
    remaining = body_of(get_active_sessions.sync_detailed(client=laptop["client"]))
    assert [s["id"] for s in remaining] == [laptop["sid"]]

    # A user can end its current session too.
    assert delete_user_session.sync_detailed(laptop["sid"], client=laptop["client"]).status_code == 200
    assert api.me(laptop["token"]).status_code == 401


def test_other_users_sessions_are_out_of_reach(api: Api) -> None:
    alice, bob = api.new_email("alice"), api.new_email("bob")
    api.sign_up(alice)
    api.sign_up(bob)
    a, b = _browser(api, alice), _browser(api, bob)
    assert b["sid"] not in {s["id"] for s in body_of(get_active_sessions.sync_detailed(client=a["client"]))}
    assert delete_user_session.sync_detailed(b["sid"], client=a["client"]).status_code == 404
    assert api.me(b["token"]).status_code == 200


def test_sessions_need_a_user_token_or_a_named_user(api: Api) -> None:
    assert get_active_sessions.sync_detailed(client=api.client()).status_code == 401
    # An environment token acts for the user frontegg-user-id names (issue 15, frontegg-ruby user.rb
    # expire_sessions): without the header it names nobody, and an unknown user is not found.
    r = get_active_sessions.sync_detailed(client=api.client(api.env_token()))
    assert r.status_code == 400
    r = get_active_sessions.sync_detailed(client=api.client(api.env_token()), frontegg_user_id=str(uuid.uuid4()))
    assert r.status_code == 404
