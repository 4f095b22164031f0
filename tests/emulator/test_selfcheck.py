"""The strict self-check (frontegg_emulator.selfcheck, issue 15): each answer to a spec operation is held
to the operation's documented responses, with object schemas closed unless they declare
``additionalProperties``; a finding names the operationId, status and JSON path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from emulator_api import Api

from frontegg_emulator import EmulatorServer, selfcheck
from frontegg_emulator.domain import access
from frontegg_emulator.handlers.base import HANDLERS, Context
from frontegg_emulator.spec import Spec
from frontegg_identity.api.account_roles import get_distinct_levels
from frontegg_identity.api.custom_social_o_auth_provider import create_sso_provider
from frontegg_identity.models.create_custom_sso_request import CreateCustomSsoRequest
from frontegg_identity.models.custom_sso_provider import CustomSsoProvider

ERROR = {"$ref": "#/components/schemas/Error"}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
                    },
                    "404": {"description": "none", "content": {"application/json": {"schema": ERROR}}},
                },
            },
            "post": {"operationId": "createThing", "responses": {"201": {"description": "Success; no body."}}},
        }
    },
    "components": {
        "schemas": {
            "Page": {
                "type": "object",
                "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "count": {"type": "integer"},
                    "extra": {"type": "object", "additionalProperties": True},
                },
                "required": ["items"],
            },
            "Thing": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "note": {"type": "string", "nullable": True}},
                "required": ["id"],
            },
            "Error": {"type": "object", "properties": {"errors": {"type": "array", "items": {"type": "string"}}}},
        }
    },
}
JSON = "application/json"


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec(DOCUMENT)


def _check(spec: Spec, op: str, status: int, body: bytes, media: str | None = JSON) -> list[str]:
    return spec.check_response(spec.operations[op], status, body, media)


def test_a_matching_answer_has_no_finding(spec: Spec) -> None:
    body = b'{"items":[{"id":"a","note":null}],"count":1,"extra":{"anything":[1]}}'
    assert _check(spec, "listThings", 200, body) == []
    assert _check(spec, "listThings", 404, b'{"errors":["no"]}') == []
    assert _check(spec, "createThing", 201, b"", None) == []


def test_a_property_no_schema_names_is_a_finding_at_its_path(spec: Spec) -> None:
    found = _check(spec, "listThings", 200, b'{"items":[{"id":"a","secret":"hunter2"}]}')
    assert len(found) == 1 and found[0].startswith("$.items[0]: ") and "'secret' was unexpected" in found[0]
    assert "hunter2" not in found[0]  # names, never values


def test_missing_required_and_wrong_type_are_findings(spec: Spec) -> None:
    assert _check(spec, "listThings", 200, b'{"count":1}') == ["$: 'items' is a required property"]
    assert _check(spec, "listThings", 200, b'{"items":[],"count":"1"}') == ["$.count: expected type integer"]


def test_bodies_and_statuses_the_operation_does_not_document_are_findings(spec: Spec) -> None:
    assert _check(spec, "createThing", 201, b'{"id":"a"}') == ["a body was sent but the response declares none"]
    assert _check(spec, "createThing", 409, b'{"errors":[]}') == ["status 409 is not documented (documented: 201)"]
    assert _check(spec, "listThings", 200, b"", None) == ["the response declares a JSON body but none was sent"]
    assert _check(spec, "listThings", 200, b"<p>", "text/html") == [
        "a JSON body is declared but the answer is text/html"
    ]


# ------------------------------------------------------------------ through the running emulator
@pytest.fixture
def wrong_levels() -> Iterator[None]:
    """getDistinctLevels answering an object where the spec declares an array of integers."""
    original = HANDLERS["getDistinctLevels"]

    def wrong(ctx: Context) -> Any:
        return {"levels": [0, 1]}

    HANDLERS["getDistinctLevels"] = wrong
    yield
    HANDLERS["getDistinctLevels"] = original


def _levels(api: Api) -> httpx.Response:
    return api.http.get(
        "/identity/resources/roles/v2/distinct-levels", headers={"authorization": f"Bearer {api.env_token()}"}
    )


def test_a_finding_answers_500_naming_operation_status_and_path(api: Api, wrong_levels: None) -> None:
    start = selfcheck.count()
    r = _levels(api)
    found = selfcheck.take(start)
    assert r.status_code == 500 and r.json()["errorCode"] == "ER-EMU-SPEC"
    message = r.json()["errors"][0]
    assert "getDistinctLevels 200 (GET /identity/resources/roles/v2/distinct-levels): $: expected type array" in message
    assert [(f.operation_id, f.status) for f in found] == [("getDistinctLevels", 200)]


def test_log_mode_keeps_the_answer_and_off_checks_nothing(
    api: Api, wrong_levels: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(selfcheck.VERIFY_ENV, "log")
    start = selfcheck.count()
    r = _levels(api)
    assert r.status_code == 200 and r.json() == {"levels": [0, 1]}
    assert [f.operation_id for f in selfcheck.take(start)] == ["getDistinctLevels"]
    monkeypatch.setenv(selfcheck.VERIFY_ENV, "0")
    assert _levels(api).status_code == 200 and selfcheck.count() == start


def test_environment_authentication_is_held_to_its_own_spec(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    issue = access.issue_environment_token
    monkeypatch.setattr(access, "issue_environment_token", lambda *a: {**issue(*a), "refreshToken": "x"})
    start = selfcheck.count()
    creds = api.emu.credentials
    r = api.http.post("/auth/vendor", json={"clientId": creds.client_id, "secret": creds.api_key})
    found = selfcheck.take(start)
    assert r.status_code == 500 and [(f.operation_id, f.status) for f in found] == [("authenticateEnvironment", 200)]
    assert "'refreshToken' was unexpected" in found[0].problems[0]


def test_the_client_parses_bodies_the_spec_now_declares(api: Api, emu: EmulatorServer) -> None:
    env = api.client(api.env_token())
    levels = get_distinct_levels.sync(client=env)
    assert isinstance(levels, list) and all(isinstance(level, int) for level in levels)
    body = {
        "type": "acme",
        "clientId": "cid",
        "secret": "s3cret-value",
        "redirectUrl": "http://localhost/cb",
        "authorizationUrl": "https://idp.test/auth",
        "tokenUrl": "https://idp.test/token",
        "userInfoUrl": "https://idp.test/me",
        "scopes": "openid",
        "ssoLogoUrl": "https://idp.test/logo.png",
        "displayName": "Acme",
        "active": True,
    }
    created = create_sso_provider.sync(client=env, body=CreateCustomSsoRequest.from_dict(body))
    assert isinstance(created, CustomSsoProvider) and created.id and created.client_id == "cid"


def test_only_the_newest_findings_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server surveying traffic in ``log`` mode must not grow without bound; indexes keep counting."""
    monkeypatch.setattr(selfcheck, "KEPT", 3)
    start = selfcheck.count()
    for n in range(5):
        selfcheck.record(selfcheck.Finding(f"op{n}", "GET", "/x", 200, ("body: unexpected",)))
    assert selfcheck.count() == start + 5
    assert [f.operation_id for f in selfcheck.findings(start)] == ["op2", "op3", "op4"]
    assert [f.operation_id for f in selfcheck.findings(start + 4)] == ["op4"]
    assert [f.operation_id for f in selfcheck.take(start)] == ["op2", "op3", "op4"]
    assert selfcheck.count() == start and selfcheck.findings(start) == []
