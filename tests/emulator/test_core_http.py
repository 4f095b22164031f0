"""The gateway's HTTP contract: how tokens are accepted and refused, Frontegg's error shape and the
trace header on every answer, and 4xx (never 5xx) for malformed, mistyped or unknown input."""

from __future__ import annotations

import re
import socket
import uuid
from typing import Any

import httpx
import pytest
from emulator_api import Api

from frontegg_emulator import EmulatorServer

CONFIG = "/identity/resources/configurations/v1"  # getVendorConfig: environment token only
SIGN_UP = "/identity/resources/users/v1/signUp"
USERS_V3 = "/identity/resources/users/v3"
TRACE = "frontegg-trace-id"


def assert_error(r: httpx.Response, status: int) -> dict[str, Any]:
    """``status``, the trace header, and Frontegg's error body: a list of messages and a code."""
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers.get(TRACE), f"no {TRACE} on {r.request.method} {r.request.url}"
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert isinstance(body, dict)
    assert isinstance(body["errors"], list) and body["errors"], body
    assert all(isinstance(e, str) and e for e in body["errors"]), body
    assert isinstance(body["errorCode"], str) and body["errorCode"], body
    if status == 405:  # RFC 9110 15.5.6: a 405 names the methods the resource takes
        allowed = {m.strip() for m in r.headers.get("allow", "").split(",") if m.strip()}
        assert allowed and r.request.method not in allowed, (r.request.method, r.headers.get("allow"))
    return dict(body)


@pytest.fixture(scope="module")
def http(emu: EmulatorServer) -> Any:
    with httpx.Client(base_url=emu.url, timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def env_token(api: Api) -> str:
    return api.env_token()


@pytest.fixture(scope="module")
def user_token(api: Api) -> str:
    email = api.new_email("http")
    api.sign_up(email)
    return api.access_token(email)


# ------------------------------------------------------------------------------------------ tokens
def test_environment_token_as_bearer_and_as_x_access_token(http: httpx.Client, env_token: str) -> None:
    as_bearer = http.get(CONFIG, headers={"Authorization": f"Bearer {env_token}"})
    assert as_bearer.status_code == 200, as_bearer.text
    assert as_bearer.headers.get(TRACE)
    lower = http.get(CONFIG, headers={"authorization": f"bearer {env_token}"})
    assert lower.status_code == 200
    header = http.get(CONFIG, headers={"x-access-token": env_token})
    assert header.status_code == 200, header.text
    assert header.json() == as_bearer.json()


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer garbage"},
        {"Authorization": "Bearer a.b.c"},
        {"x-access-token": "not-a-jwt"},
        {"Authorization": "Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0."},
    ],
    ids=["missing", "empty-bearer", "basic", "garbage", "three-parts", "x-access-token-garbage", "alg-none"],
)
def test_missing_or_garbage_token_is_401(http: httpx.Client, headers: dict[str, str]) -> None:
    assert_error(http.get(CONFIG, headers=headers), 401)
    assert_error(http.get(USERS_V3, headers=headers), 401)


def test_vendor_auth_refuses_wrong_credentials(http: httpx.Client, emu: EmulatorServer) -> None:
    creds = emu.credentials
    assert_error(http.post("/auth/vendor", json={"clientId": creds.client_id, "secret": "wrong"}), 401)
    assert_error(http.post("/auth/vendor", json={"clientId": "unknown", "secret": creds.api_key}), 401)
    assert_error(http.post("/auth/vendor", json={"clientId": creds.client_id}), 400)
    assert_error(http.post("/auth/vendor", json={"clientId": 1, "secret": 2}), 400)
    assert_error(http.post("/auth/vendor", content=b"{", headers={"content-type": "application/json"}), 400)
    assert_error(http.get("/auth/vendor"), 405)
    r = http.post("/auth/vendor", json={"clientId": creds.client_id, "secret": creds.api_key})
    assert r.status_code == 200 and r.headers.get(TRACE)
    assert r.json()["expiresIn"] > 0


def test_expired_environment_token_is_401(http: httpx.Client) -> None:
    # A separate environment: moving the clock of the shared one would expire the other tests' tokens.
    created = http.post("/_emulator/environments", json={})
    assert created.status_code == 201, created.text
    env = created.json()
    r = http.post("/auth/vendor", json={"clientId": env["clientId"], "secret": env["apiKey"]})
    token = r.json()["token"]
    assert http.get(CONFIG, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    advanced = http.post("/_emulator/clock/advance", params={"clientId": env["clientId"]}, json={"seconds": 90000})
    assert advanced.status_code == 200, advanced.text
    assert_error(http.get(CONFIG, headers={"Authorization": f"Bearer {token}"}), 401)
    assert_error(http.get(CONFIG, headers={"x-access-token": token}), 401)
    # A token issued after the clock moved is valid again (the environment's clock, not the wall's).
    fresh = http.post("/auth/vendor", json={"clientId": env["clientId"], "secret": env["apiKey"]}).json()["token"]
    assert http.get(CONFIG, headers={"Authorization": f"Bearer {fresh}"}).status_code == 200


def test_user_token_on_environment_only_operations_is_403(http: httpx.Client, user_token: str) -> None:
    headers = {"Authorization": f"Bearer {user_token}"}
    body = assert_error(http.get(CONFIG, headers=headers), 403)
    assert body["errorCode"]
    assert_error(http.post(f"/identity/resources/users/v1/{uuid.uuid4()}/lock", headers=headers), 403)
    assert_error(http.get("/tenants/resources/tenants/v1", headers=headers), 403)
    # ... while the same token is fine where user tokens belong.
    assert http.get("/identity/resources/users/v2/me", headers=headers).status_code == 200


# ------------------------------------------------------------------------------- every answer's shape
def test_trace_id_on_success_and_every_kind_of_error(http: httpx.Client, env_token: str) -> None:
    auth = {"Authorization": f"Bearer {env_token}"}
    ok = http.get(CONFIG, headers=auth)
    assert ok.status_code == 200 and ok.headers.get(TRACE)
    assert http.get("/.well-known/jwks.json").headers.get(TRACE)
    assert http.get("/_emulator/environments").headers.get(TRACE)
    assert_error(http.get("/no/such/path"), 404)
    assert_error(http.get("/identity/no/such/path"), 404)
    assert_error(http.get("/frontegg/identity/no/such/path"), 404)
    assert_error(http.get("/_emulator/no-such-thing"), 404)
    assert_error(http.get("/identity/resources/auth/v1/logout"), 405)  # logout is POST only
    assert_error(http.delete("/identity/resources/auth/v1/user"), 405)
    assert_error(http.request("PATCH", CONFIG, headers=auth), 405)
    assert_error(http.delete("/_emulator/clock"), 405)
    assert_error(http.get(CONFIG), 401)
    # Each answer has its own trace id.
    ids = {http.get("/no/such/path").headers[TRACE] for _ in range(3)}
    assert len(ids) == 3


def test_frontegg_browser_prefix_routes_like_identity(http: httpx.Client, env_token: str) -> None:
    r = http.get("/frontegg" + CONFIG, headers={"Authorization": f"Bearer {env_token}"})
    assert r.status_code == 200, r.text


# ------------------------------------------------------------------------------------ bad input
@pytest.mark.parametrize(
    "raw",
    [b"{", b"{'single': 'quotes'}", b"\xff\xfe\x00", b"NaN", b'{"seconds": Infinity}', b"[1,"],
    ids=["truncated", "single-quotes", "not-utf8", "nan", "infinity", "open-array"],
)
def test_malformed_json_is_400(http: httpx.Client, raw: bytes) -> None:
    headers = {"content-type": "application/json"}
    assert_error(http.post(SIGN_UP, content=raw, headers=headers), 400)
    assert_error(http.post("/identity/resources/auth/v1/user", content=raw, headers=headers), 400)
    assert_error(http.post("/_emulator/clock/advance", content=raw, headers=headers), 400)


@pytest.mark.parametrize(
    "body",
    [
        {"provider": "local", "email": 42, "companyName": "Acme"},
        {"provider": "local", "email": "typed@example.com", "companyName": ["Acme"]},
        {"provider": "local", "email": "typed@example.com", "companyName": "Acme", "password": 123456},
        {"provider": "local", "email": "typed@example.com", "companyName": "Acme", "skipInviteEmail": "yes"},
        {"provider": "local", "email": "not-an-email", "companyName": "Acme"},
        {"provider": "local", "companyName": "Acme"},
        [],
        "text",
        None,
    ],
    ids=["email-int", "company-list", "password-int", "bool-string", "bad-email", "no-email", "list", "str", "null"],
)
def test_wrong_types_are_400(http: httpx.Client, body: Any) -> None:
    assert_error(http.post(SIGN_UP, json=body), 400)


def test_unknown_enum_values_are_400(http: httpx.Client, env_token: str) -> None:
    body = {"provider": "myspace", "email": "enum@example.com", "companyName": "Acme"}
    assert_error(http.post(SIGN_UP, json=body), 400)
    auth = {"Authorization": f"Bearer {env_token}"}
    assert_error(http.get(USERS_V3, params={"_sortBy": "shoeSize"}, headers=auth), 400)
    assert_error(http.get(USERS_V3, params={"_order": "SIDEWAYS"}, headers=auth), 400)
    assert_error(http.get(USERS_V3, params={"_limit": "many"}, headers=auth), 400)
    assert_error(http.get(USERS_V3, params={"_offset": "-1"}, headers=auth), 400)


def test_unknown_user_is_404_and_duplicate_is_409(http: httpx.Client, api: Api, env_token: str) -> None:
    auth = {"Authorization": f"Bearer {env_token}"}
    missing = str(uuid.uuid4())
    assert_error(http.put(f"/identity/resources/users/v1/{missing}", json={"name": "x"}, headers=auth), 404)
    assert_error(http.post(f"/identity/resources/users/v1/{missing}/lock", headers=auth), 404)
    assert_error(http.post(f"/identity/resources/users/v1/{missing}/unlock", headers=auth), 404)
    assert_error(http.post(f"/identity/resources/users/v1/{missing}/verify", headers=auth), 404)
    assert_error(http.delete(f"/identity/resources/users/v1/{missing}", headers=auth), 404)

    email = api.new_email("dup")
    first = http.post(SIGN_UP, json={"provider": "local", "email": email, "companyName": "One"})
    assert first.status_code == 201, first.text
    tenant = first.json()["tenantId"]
    assert_error(http.post(SIGN_UP, json={"provider": "local", "email": email, "companyName": "Two"}), 409)
    # Emails are compared without regard to case.
    assert_error(http.post(SIGN_UP, json={"provider": "local", "email": email.upper(), "companyName": "3"}), 409)
    created = http.post(
        "/identity/resources/users/v1", json={"email": email}, headers={**auth, "frontegg-tenant-id": tenant}
    )
    assert_error(created, 409)
    in_tenant = {**auth, "frontegg-tenant-id": tenant}
    assert_error(http.get(f"/identity/resources/users/v1/{missing}", headers=in_tenant), 404)


def test_path_parameters_with_odd_characters_are_4xx(http: httpx.Client, env_token: str) -> None:
    auth = {"Authorization": f"Bearer {env_token}"}
    for odd in ("%00", "%20", "..%2F..", "%E2%98%83", "a" * 2000):
        r = http.put(f"/identity/resources/users/v1/{odd}", json={"name": "x"}, headers=auth)
        assert 400 <= r.status_code < 500, (odd, r.status_code, r.text)
        assert r.headers.get(TRACE)


def test_no_5xx_for_odd_admin_input(http: httpx.Client) -> None:
    """The admin surface validates as strictly as the API (these were stored, then failed with 500)."""
    assert_error(http.post("/_emulator/environments", json={"clientId": 5}), 400)
    assert_error(http.post("/_emulator/environments", json={"apiKey": 7}), 400)
    assert_error(http.post("/_emulator/environments", json=[1]), 400)
    taken = http.post("/_emulator/environments", json={}).json()["clientId"]
    assert_error(http.post("/_emulator/environments", json={"clientId": taken}), 409)
    for seconds in ("soon", -1, True, 1e308, None):
        assert_error(http.post("/_emulator/clock/advance", params={"clientId": taken}, json={"seconds": seconds}), 400)
    assert_error(http.get("/_emulator/outbox", params={"clientId": "no-such-env"}), 404)
    assert http.get("/_emulator/clock", params={"clientId": taken}).status_code == 200


def test_the_in_process_server_gets_tcp_nodelay_on_its_connections() -> None:
    """asyncio sets TCP_NODELAY on accepted connections only when the listening socket says IPPROTO_TCP;
    without it each request on a kept-alive connection waited ~40 ms on a delayed ACK (make bench
    measures the speed; this guards the cause)."""
    with EmulatorServer() as server:
        assert server._socket.proto == socket.IPPROTO_TCP


def test_every_undeclared_method_on_a_spec_path_is_a_405_naming_the_declared_ones(http: httpx.Client) -> None:
    """What schemathesis' coverage phase sends to every operation (issue 18: 228 answers lacked Allow)."""
    from frontegg_emulator.spec import Spec

    document = Spec.load().document
    checked = 0
    for template, item in document["paths"].items():
        declared = {m.upper() for m in item if m in ("get", "put", "post", "delete", "patch")}
        path = "/identity" + re.sub(r"{[^}]+}", "x1", template)
        for method in sorted({"GET", "PUT", "POST", "DELETE", "PATCH"} - declared):
            r = http.request(method, path)
            if r.status_code != 405:  # another template of that method matches the same concrete path
                continue
            assert_error(r, 405)
            assert declared <= {m.strip() for m in r.headers["allow"].split(",")}, (method, template)
            checked += 1
    assert checked > 400, checked  # the loop really met the 405s it is about


def test_answers_encode_what_orjson_refuses_as_json_did() -> None:
    """Answers go through orjson (app._encode_json); what it cannot encode (an integer beyond 64 bits a
    body may echo, a non-string key) and types neither knows come out as json's default=str made them."""
    import datetime
    import json as stdlib_json

    from frontegg_emulator.app import _encode_json

    body = {"n": 2**70, "name": "Zoë", "nested": [1.5, None, True], 3: "x"}
    assert stdlib_json.loads(_encode_json(body)) == {"n": 2**70, "name": "Zoë", "nested": [1.5, None, True], "3": "x"}
    moment = datetime.datetime(2026, 12, 6, 12, 0, tzinfo=datetime.timezone.utc)
    assert stdlib_json.loads(_encode_json({"at": moment, "ids": {"a"}})) == {"at": str(moment), "ids": str({"a"})}


def test_routing_takes_the_first_template_in_order_of_specificity_that_matches() -> None:
    """Spec.resolve matches the templates of one method and shape as one regular expression; it must
    answer as trying each template, most specific first, did: checked on every template of both specs
    filled with values that are themselves literal segments of other templates (so that several match)."""
    import itertools

    from frontegg_emulator.spec import Spec, tenants_spec_path

    for spec in (Spec.load(), Spec.load(tenants_spec_path())):
        ordered = sorted(spec.operations.values(), key=lambda o: o.specificity, reverse=True)
        literals = sorted({s for op in ordered for s in op.path.split("/") if s and not s.startswith("{")})
        fillers = ["x1", "me", "v1", "default", *literals[:: max(1, len(literals) // 12)]]
        checked = 0
        for op, filler in itertools.product(ordered, fillers):
            path = re.sub(r"{[^}]+}", filler, op.path)
            for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
                scan = next(((o, m) for o in ordered if o.method == method and (m := o.match(path)) is not None), None)
                found = spec.resolve(method, path)
                assert (found is None) == (scan is None), (method, path)
                if found is not None and scan is not None:
                    assert (found[0].operation_id, found[1]) == (scan[0].operation_id, scan[1]), (method, path)
                    checked += 1
        assert checked > len(ordered), checked


@pytest.mark.parametrize(
    "scope",
    [
        {"scheme": "http", "server": ("127.0.0.1", 8787), "headers": [(b"host", b"127.0.0.1:8787")]},
        {"scheme": "http", "server": ("127.0.0.1", 80), "headers": []},
        {"scheme": "https", "server": ("10.0.0.1", 443), "headers": [(b"host", b"gw.example:443")]},
        {"scheme": "http", "server": ("::1", 8787), "headers": []},
        {"scheme": "http", "server": None, "headers": [(b"host", b"acme.emulator.local")]},
        {"scheme": "http", "server": ("127.0.0.1", 8787), "headers": [(b"host", b"bad:port:x")]},
        {"scheme": "http", "server": ["127.0.0.1", 8787], "headers": [(b"host", b"a"), (b"host", b"b")]},
        {"scheme": "http", "server": ("127.0.0.1", 8787), "root_path": "/gateway", "headers": []},
        {"scheme": "http", "server": ("h", 1), "root_path": "/x", "app_root_path": "/y", "headers": []},
    ],
)
def test_the_gateway_url_is_starlettes_base_url(scope: dict[str, Any]) -> None:
    """The gateway URL (emailed links, Context.gateway_url) is memoised from the fields of the scope
    Starlette builds request.base_url from: it must be that URL for any of them."""
    from starlette.requests import Request

    from frontegg_emulator.app import GatewayRequest

    scope = {"type": "http", "method": "GET", "path": "/identity/x", "query_string": b"a=1", **scope}
    for _ in range(2):  # computed, then remembered
        assert GatewayRequest(scope).gateway_url == str(Request(scope).base_url).rstrip("/")
