"""Negative authorization, generated from the specs: every operation that takes a token is called with
each kind of wrong token and must be refused with the right status and Frontegg's error body, without
changing anything.

Nothing here is listed by hand. Which cases apply to an operation, and what they must answer, follows
from its security schemes in the spec and from the permission the emulator's permission table
(``frontegg_emulator.permissions``) says it needs:

- no token, a malformed token, a token with a broken signature, an expired token and a token signed by
  another environment's key for this environment: 401, on every operation that needs a token;
- the wrong kind of token (a user token where only environment tokens are accepted, and the reverse):
  403;
- a user token without the permission the operation needs: 403;
- an admin of another account naming this account (its ``frontegg-tenant-id``, its users and groups
  in the path): 403 or 404.

Bodies and required parameters are schema-valid, built from the spec, and the path names real objects
of the account, so a check that let the call through would reach the handler with something to change.
The environment's whole state is compared before and after each refused call. The run writes
``reports/negative-authorization.json`` (each operation's cases and answers, and the total count).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from security_support import Isolated

from frontegg_emulator import EmulatorServer
from frontegg_emulator.domain import security
from frontegg_emulator.domain.model import Environment, to_document
from frontegg_emulator.permissions import required_permission
from frontegg_emulator.spec import Operation, Spec, tenants_spec_path

REPORT = Path(__file__).resolve().parents[2] / "reports" / "negative-authorization.json"
SPECS = {"/identity": Spec.load(), "/tenants": Spec.load(tenants_spec_path())}
OPERATIONS = [(prefix, op) for prefix, spec in SPECS.items() for op in spec.operations.values()]
UNAUTHENTICATED = ("no token", "malformed", "bad signature", "expired", "other environment")


@dataclass
class World:
    """One environment with two accounts: ``a`` is attacked, ``b`` is the other account."""

    emu: EmulatorServer
    site: Isolated
    env: Environment
    tenant_a: str
    tenants: dict[str, str]  # tenantId path values
    users: dict[str, str]  # userId path values
    groups: dict[str, str]
    tokens: dict[str, str | None]
    results: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _resign(token: str, key_env: Environment, **changes: Any) -> str:
    claims = jwt.decode(token, options={"verify_signature": False})
    claims.update(changes)
    return security.sign(key_env, claims)


@pytest.fixture(scope="module")
def world(emu: EmulatorServer) -> Iterator[World]:
    site = Isolated(emu, throttling=False)
    env = emu.emulation.by_client_id(site.client_id)
    assert env is not None
    admin_email, other_email = site.new_email("admin"), site.new_email("other")
    _, tenant_a = site.sign_up(admin_email)
    site.sign_up(other_email)  # a second account whose admin is "other"
    target = site.member(tenant_a, site.new_email("target"), [site.role_id("Admin")])
    powerless_email = site.new_email("powerless")
    site.member(tenant_a, powerless_email, [site.custom_role([])])
    env_token = site.env_token()
    r = site.call(
        "POST", "/groups/v1", env_token, headers={"frontegg-tenant-id": tenant_a}, json={"name": "attacked group"}
    )
    assert r.status_code in (200, 201), r.text
    group = str(r.json()["id"])
    admin = site.token(admin_email)
    now = security.now(env)
    tokens: dict[str, str | None] = {
        "environment": env_token,
        "admin": admin,
        "powerless": site.token(powerless_email),
        "other account": site.token(other_email),
        "no token": None,
        "malformed": "not-a-jwt",
        "bad signature": admin[:-6] + ("AAAAAA" if not admin.endswith("AAAAAA") else "BBBBBB"),
        "expired": _resign(admin, env, iat=int(now) - 7200, exp=int(now) - 3600),
        # Signed with the key of another environment, but naming this one.
        "other environment": _resign(admin, emu.environment, aud=site.client_id),
    }
    world = World(emu, site, env, tenant_a, {"tenantId": tenant_a}, {"userId": target}, {"id": group}, tokens)
    yield world
    cases = sum(len(v) for v in world.results.values())
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(
        json.dumps({"operations": len(world.results), "cases": cases, "results": world.results}, indent=1)
    )
    site.close()


# ---------------------------------------------------------------- which cases apply, from the spec
def cases_of(op: Operation, spec_path: str) -> list[tuple[str, tuple[int, ...]]]:
    if not op.security:
        return []
    schemes = set(op.security)
    cases: list[tuple[str, tuple[int, ...]]] = []
    if not op.anonymous:  # a public read treats a token it cannot use as no token at all
        cases += [(kind, (401,)) for kind in UNAUTHENTICATED]
    if schemes == {"environmentToken"} and not op.anonymous:
        cases.append(("admin", (403,)))
    if schemes == {"userToken"} and not op.anonymous:
        cases.append(("environment", (403,)))
    if "userToken" in schemes and required_permission(op, spec_path) is not None:
        cases.append(("powerless", (403,)))
    if "userToken" in schemes and not op.anonymous and _names_account(op):
        cases.append(("other account", (403, 404)))
    return cases


def _names_account(op: Operation) -> bool:
    """The request can name the attacked account: an object of it in the path, or its tenant header on
    an operation that acts in an account (one on the caller itself, a "me" path, reads only the
    caller's own data whatever the header says)."""
    names = {p.name for p in op.parameters}
    in_path = bool(names & {"userId", "tenantId"}) or _is_group(op)
    return in_path or ("frontegg-tenant-id" in names and "/me" not in op.path)


def _is_group(op: Operation) -> bool:
    return op.path.startswith("/resources/groups/") and "{id}" in op.path


# ---------------------------------------------------------------- schema-valid requests
def minimal(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """The smallest instance of ``schema`` that validates (required properties only)."""
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "$ref" in schema:
        return minimal(spec, spec.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return minimal(spec, schema[key][0], depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    if "example" in schema and not isinstance(schema["example"], dict | list):
        return schema["example"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: minimal(spec, props.get(name, {}), depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal(spec, schema.get("items", {}), depth + 1) for _ in range(schema.get("minItems", 0))]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return max(float(schema.get("minimum", 1)), 1.0)
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "email":
            return "probe@example.com"
        if fmt == "uuid":
            return str(uuid.uuid4())
        if fmt == "date-time":
            return "2030-01-01T00:00:00Z"
        return "x" * max(int(schema.get("minLength", 1)), 1)
    return None


def request_of(world: World, prefix: str, op: Operation) -> tuple[str, dict[str, str], dict[str, Any]]:
    spec = SPECS[prefix]
    path = op.path
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    for p in op.parameters:
        if p.location == "path":
            value = (
                world.groups["id"]
                if _is_group(op) and p.name == "id"
                else {**world.users, **world.tenants}.get(p.name)
                or str(
                    minimal(spec, {"type": "string", **p.schema}) if p.schema.get("format") != "uuid" else uuid.uuid4()
                )
            )
            path = path.replace("{" + p.name + "}", value)
        elif p.location == "header" and p.name == "frontegg-tenant-id":
            headers[p.name] = world.tenant_a
        elif p.location == "header" and p.name == "frontegg-user-id":
            headers[p.name] = world.users["userId"]
        elif p.location == "query" and p.required:
            value = minimal(spec, p.schema)
            # An empty list is no parameter at all on the wire; name the attacked user instead.
            params[p.name] = [world.users["userId"]] if isinstance(value, list) else value
    kwargs: dict[str, Any] = {"headers": headers, "params": params}
    if op.body_schema is not None:
        kwargs["json"] = minimal(spec, op.body_schema)
    return prefix + path, headers, kwargs


def _state(world: World) -> dict[str, str]:
    with world.emu.emulation.transaction(world.env):
        document = to_document(world.env)
    return {key: json.dumps(value, sort_keys=True, default=str) for key, value in document.items()}


def _changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def _is_error_body(response: httpx.Response) -> bool:
    try:
        body = response.json()
    except ValueError:
        return False
    return (
        isinstance(body, dict)
        and isinstance(body.get("errors"), list)
        and all(isinstance(e, str) for e in body["errors"])
        and bool(body["errors"])
        and isinstance(body.get("errorCode"), str)
    )


# ---------------------------------------------------------------- the suite
@pytest.mark.parametrize(("prefix", "op"), OPERATIONS, ids=[op.operation_id for _, op in OPERATIONS])
def test_wrong_tokens_are_refused_and_change_nothing(world: World, prefix: str, op: Operation) -> None:
    url, _, kwargs = request_of(world, prefix, op)
    failures: list[str] = []
    ran: list[dict[str, Any]] = []
    for kind, expected in cases_of(op, op.path):
        headers = dict(kwargs["headers"])
        token = world.tokens[kind]
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        before = _state(world)
        r = world.site.http.request(op.method, url, **{**kwargs, "headers": headers})
        changed = _changes(before, _state(world))
        ran.append({"case": kind, "expected": list(expected), "status": r.status_code})
        if r.status_code not in expected:
            failures.append(f"{kind}: {r.status_code} (expected {expected}) {r.text[:200]}")
        elif not _is_error_body(r):
            failures.append(f"{kind}: {r.status_code} without Frontegg's error body: {r.text[:200]}")
        if changed:
            failures.append(f"{kind}: the refused call changed the environment's {', '.join(changed)}")
    world.results[op.operation_id] = ran
    assert not failures, f"{op.method} {url}:\n" + "\n".join(failures)


def test_every_operation_that_takes_a_token_has_cases() -> None:
    """The suite is derived, not listed: each operation that requires a token gets the unauthenticated
    cases (public reads, whose token is optional, get none), and every case kind is reached somewhere."""
    guarded = [op for _, op in OPERATIONS if op.security and not op.anonymous]
    assert guarded, "no operation of the specs declares security"
    kinds = {kind for _, op in OPERATIONS for kind, _ in cases_of(op, op.path)}
    assert kinds == {*UNAUTHENTICATED, "admin", "environment", "powerless", "other account"}
    assert all(cases_of(op, op.path) for op in guarded)
