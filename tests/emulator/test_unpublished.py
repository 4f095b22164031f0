"""Identity operations Frontegg serves but leaves out of its published spec (openapi/identity-unpublished.yaml):
routed beside the published ones, with the same tokens, validation, errors and strict self-check."""

from __future__ import annotations

from typing import Any

import httpx
import jwt
import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_emulator.spec import SpecFileError, merge_companion

CURRENT = "/identity/resources/users/sessions/v1/me/current"


def _sid(token: str) -> str:
    return str(jwt.decode(token, options={"verify_signature": False})["sid"])


def test_a_companion_operation_is_routed_with_its_security(api: Api) -> None:
    email = api.new_email("current-session")
    api.sign_up(email)
    first, second = api.access_token(email), api.access_token(email)
    with httpx.Client(base_url=api.emu.url) as http:
        assert http.get(CURRENT).status_code == 401  # a user token is required
        assert http.get(CURRENT, headers={"authorization": f"Bearer {api.env_token()}"}).status_code == 403
        for token in (first, second):
            r = http.get("/frontegg" + CURRENT, headers={"authorization": f"Bearer {token}"})
            assert r.status_code == 200, r.text
            session: dict[str, Any] = r.json()
            check("getCurrentUserSession", 200, session)
            assert session["id"] == _sid(token) and session["current"] is True
        # A method the path lacks: 405 naming the methods of both documents (DELETE is the published
        # deleteUserSession, whose {id} "current" also matches, and which finds no such session).
        r = http.post(CURRENT, headers={"authorization": f"Bearer {first}"}, json={})
        assert r.status_code == 405 and r.headers["allow"] == "DELETE, GET"
        assert http.delete(CURRENT, headers={"authorization": f"Bearer {first}"}).status_code == 404


def test_the_current_session_ends_with_a_logout(api: Api) -> None:
    email = api.new_email("current-session-ends")
    api.sign_up(email)
    token = api.access_token(email)
    other = api.access_token(email)
    client = api.client(other)
    sessions = body_of(client.get_httpx_client().get("/resources/users/sessions/v1/me"))
    assert {s["id"] for s in sessions} >= {_sid(token), _sid(other)}
    r = client.get_httpx_client().delete(f"/resources/users/sessions/v1/me/{_sid(token)}")
    assert r.status_code == 200
    with httpx.Client(base_url=api.emu.url) as http:
        assert http.get(CURRENT, headers={"authorization": f"Bearer {token}"}).status_code == 401


def test_a_companion_may_not_redefine_a_shared_component() -> None:
    base = {"paths": {}, "components": {"schemas": {"User": {"type": "object"}}}}
    same = {"paths": {}, "components": {"schemas": {"User": {"type": "object"}}}}
    assert merge_companion(same, base)["components"]["schemas"] == {"User": {"type": "object"}}
    other = {"paths": {}, "components": {"schemas": {"User": {"type": "string"}}}}
    with pytest.raises(SpecFileError, match=r"redefines schemas of identity\.yaml: User"):
        merge_companion(other, base)


def test_refs_into_identity_become_local() -> None:
    companion = {"paths": {"/x": {"get": {"responses": {"200": {"$ref": "identity.yaml#/components/responses/Ok"}}}}}}
    merged = merge_companion(companion, {"paths": {}, "components": {"responses": {"Ok": {"description": "ok"}}}})
    assert merged["paths"]["/x"]["get"]["responses"]["200"] == {"$ref": "#/components/responses/Ok"}
    assert merged["components"]["responses"] == {"Ok": {"description": "ok"}}
