"""What a browser on another origin needs from the gateway: CORS answered before routing for the
environment's allowed origins, a refresh cookie the browser keeps, the public configuration the
browser SDKs read at boot, and emailed links that lead to the app (tests/browser drives Chromium)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from emulator_api import PASSWORD, Api

from frontegg_emulator import EmulatorServer
from frontegg_emulator.domain import origins

APP = "http://localhost:3000"
LOGIN = "/frontegg/identity/resources/auth/v1/user"


def preflight(http: httpx.Client, path: str, origin: str, headers: str = "content-type") -> httpx.Response:
    return http.options(
        path,
        headers={"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": headers},
    )


# ------------------------------------------------------------------ origin patterns
@pytest.mark.parametrize(
    ("pattern", "origin", "expected"),
    [
        ("http://localhost:*", "http://localhost:3000", True),
        ("http://localhost:*", "http://localhost", True),
        ("http://localhost:*", "https://localhost:3000", False),
        ("http://localhost:*", "http://localhost.evil.test:3000", False),
        ("http://127.0.0.1:*", "http://127.0.0.1:5173", True),
        ("https://*.acme.test", "https://app.acme.test", True),
        ("https://*.acme.test", "https://a.b.acme.test", True),
        ("https://*.acme.test", "https://acme.test", False),
        ("https://*.acme.test", "https://evilacme.test", False),
        ("https://*.acme.test", "https://app.acme.test:8443", False),
        ("https://*.acme.test", "http://app.acme.test", False),
        ("https://app.acme.test:8443", "https://app.acme.test:8443", True),
        ("https://App.Acme.test/", "https://app.acme.test", True),
        ("http://localhost:*", "null", False),
        ("http://localhost:*", "http://localhost:3000/path", False),
    ],
)
def test_origin_patterns(pattern: str, origin: str, expected: bool) -> None:
    assert origins.matches([pattern], origin) is expected


@pytest.mark.parametrize("bad", ["localhost:3000", "ftp://x.test", "https://acme.test/path", "https://", "*"])
def test_malformed_patterns_are_refused(bad: str) -> None:
    with pytest.raises(origins.OriginPatternError):
        origins.check_pattern(bad)


# ------------------------------------------------------------------ CORS with the default origins
@pytest.mark.parametrize(
    "path",
    [
        LOGIN,  # an operation of the spec
        "/frontegg/identity/resources/users/v1/me",  # POST is not allowed there (405 to the real request)
        "/frontegg/nothing/here",  # no route at all (404 to the real request)
    ],
)
def test_preflight_is_answered_before_routing(api: Api, path: str) -> None:
    r = preflight(api.http, path, APP, "content-type,frontegg-source,x-frontegg-framework")
    assert r.status_code == 204
    assert r.headers["access-control-allow-origin"] == APP
    assert r.headers["access-control-allow-credentials"] == "true"
    assert r.headers["access-control-allow-headers"] == "content-type,frontegg-source,x-frontegg-framework"
    assert "POST" in r.headers["access-control-allow-methods"]
    assert "Origin" in r.headers["vary"]


def test_any_loopback_port_is_allowed_by_default(api: Api) -> None:
    for origin in ("http://localhost:5173", "http://127.0.0.1:8080", "http://localhost"):
        assert preflight(api.http, LOGIN, origin).headers["access-control-allow-origin"] == origin


def test_a_disallowed_origin_gets_no_cors_headers(api: Api) -> None:
    r = preflight(api.http, LOGIN, "https://evil.test")
    assert r.status_code == 403
    assert r.json()["errorCode"] and "access-control-allow-origin" not in r.headers
    r = api.http.post(LOGIN, json={"email": "x@example.com", "password": "x"}, headers={"Origin": "https://evil.test"})
    assert r.status_code == 401  # answered, but the browser will not hand it to the page
    assert not [h for h in r.headers if h.startswith("access-control-")]
    assert r.headers["vary"] == "Origin"


def test_answers_to_an_allowed_origin_expose_the_trace_id_also_on_errors(api: Api) -> None:
    r = api.http.post(LOGIN, json={"email": "nobody@example.com", "password": "x"}, headers={"Origin": APP})
    assert r.status_code == 401
    assert r.headers["access-control-allow-origin"] == APP
    assert r.headers["access-control-allow-credentials"] == "true"
    assert r.headers["access-control-expose-headers"] == "frontegg-trace-id"
    assert r.headers["vary"] == "Origin" and r.headers["frontegg-trace-id"]


def test_requests_without_an_origin_carry_no_cors_headers(api: Api) -> None:
    r = api.http.get("/frontegg/vendors/public")
    assert r.status_code == 200
    assert not [h for h in r.headers if h.startswith("access-control-") or h == "vary"]


# ------------------------------------------------------------------ refresh cookie
def _cookie_header(api: Api, email: str, **headers: str) -> str:
    r = api.http.post(LOGIN, json={"email": email, "password": PASSWORD}, headers=headers)
    assert r.status_code == 200, r.text
    (cookie,) = [v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("fe_refresh_")]
    return cookie.lower()


def test_refresh_cookie_follows_cookie_same_site_and_the_scheme(api: Api) -> None:
    email = api.new_email()
    api.sign_up(email)
    # The environment's default cookieSameSite is NONE, which browsers keep only with Secure; a loopback
    # http gateway may set Secure cookies for a browser (browsers treat loopback as a secure context).
    cookie = _cookie_header(api, email, Origin=APP)
    assert "samesite=none" in cookie and "secure" in cookie and "httponly" in cookie
    # A programmatic client over http (no Origin) would drop a Secure cookie: Lax without Secure.
    cookie = _cookie_header(api, email)
    assert "samesite=lax" in cookie and "secure" not in cookie
    # A browser on a non-loopback host name over plain http cannot keep Secure: Lax.
    cookie = _cookie_header(api, email, Host="emulator.test:8787", Origin="http://emulator.test:3000")
    assert "samesite=lax" in cookie and "secure" not in cookie
    token = api.env_token()
    r = api.http.post(
        "/identity/resources/configurations/v1",
        json={"cookieSameSite": "STRICT"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code in (200, 201), r.text
    try:
        cookie = _cookie_header(api, email, Origin=APP)
        assert "samesite=strict" in cookie and "secure" in cookie
    finally:
        api.http.post(
            "/identity/resources/configurations/v1",
            json={"cookieSameSite": "NONE"},
            headers={"Authorization": f"Bearer {token}"},
        ).raise_for_status()


# ------------------------------------------------------------------ public configuration
PUBLIC_READS = [
    "/frontegg/identity/resources/configurations/v1/public",
    "/frontegg/identity/resources/configurations/v1/auth/strategies/public",
    "/frontegg/identity/resources/configurations/v1/sign-up/strategies",
    "/frontegg/identity/resources/configurations/v1/captcha-policy/public",
    "/frontegg/identity/resources/sso/v2",
    "/frontegg/identity/resources/sso/custom/v1",
    "/frontegg/identity/resources/configurations/v1/password",
    "/frontegg/team/resources/sso/v2/configurations/public",
    "/frontegg/vendors/public",
    "/frontegg/metadata?entityName=saml",
]


@pytest.mark.parametrize("path", PUBLIC_READS)
def test_public_configuration_needs_no_token(api: Api, path: str) -> None:
    r = api.http.get(path, headers={"Origin": APP})
    assert r.status_code == 200, r.text
    assert r.headers["access-control-allow-origin"] == APP


# Paths @frontegg/rest-api 7.119.0 calls for the same answers as a public read above (handlers/public.py):
# (the path as the client builds it, the public twin, whether rest-api documents it as authenticated).
TWIN_READS = [
    ("/frontegg/identity/resources/sso/v1", "/frontegg/identity/resources/sso/v2", False),
    ("/frontegg/identity/resources/sso/v2/authenticated", "/frontegg/identity/resources/sso/v2", True),
    (
        "/frontegg/identity/resources/configurations/v1/auth/strategies",
        "/frontegg/identity/resources/configurations/v1/auth/strategies/public",
        True,
    ),
]


@pytest.mark.parametrize(("path", "twin", "signed_in"), TWIN_READS)
def test_undocumented_twins_answer_as_their_public_read(api: Api, path: str, twin: str, signed_in: bool) -> None:
    anonymous = api.http.get(path)
    if signed_in:
        assert anonymous.status_code == 401, anonymous.text
        assert anonymous.json()["errors"]
        email = api.new_email("twin")
        api.sign_up(email)
        token = api.access_token(email)
        r = api.http.get(path, headers={"Authorization": f"Bearer {token}"})
    else:
        r = anonymous
    assert r.status_code == 200, r.text
    assert r.json() == api.http.get(twin).json()


def test_public_configuration_comes_from_the_stored_configuration(api: Api) -> None:
    token = api.env_token()
    auth = {"Authorization": f"Bearer {token}"}
    r = api.http.post("/identity/resources/configurations/v1", json={"allowSignups": False}, headers=auth)
    assert r.status_code in (200, 201), r.text
    try:
        public = api.http.get("/frontegg/identity/resources/configurations/v1/public").json()
        assert public["allowSignups"] is False and "publicKey" not in public
    finally:
        api.http.post("/identity/resources/configurations/v1", json={"allowSignups": True}, headers=auth)
    r = api.http.post(
        "/identity/resources/configurations/v1/password", json={"minLength": 11}, headers=auth
    )  # the anonymous read sees what the environment stored
    assert r.status_code in (200, 201), r.text
    assert api.http.get("/frontegg/identity/resources/configurations/v1/password").json()["minLength"] == 11
    r = api.http.post(
        "/identity/resources/configurations/v1/captcha-policy",
        json={"enabled": True, "siteKey": "site", "secretKey": "hidden-secret", "minScore": 0.7},
        headers=auth,
    )
    assert r.status_code in (200, 201), r.text
    captcha = api.http.get("/frontegg/identity/resources/configurations/v1/captcha-policy/public")
    assert captcha.json()["siteKey"] == "site" and "hidden-secret" not in captcha.text
    r = api.http.put("/vendors", json={"name": "Acme"}, headers=auth)
    assert r.status_code == 200, r.text
    assert api.http.get("/frontegg/vendors/public").json()["name"] == "Acme"


def test_anonymous_custom_providers_list_only_active_ones_and_no_secrets(api: Api) -> None:
    auth = {"Authorization": f"Bearer {api.env_token()}"}
    for kind, active in (("acme-active", True), ("acme-inactive", False)):
        body = {
            "type": kind,
            "clientId": "cid",
            "secret": "very-secret-value",
            "redirectUrl": "http://localhost:3000/cb",
            "authorizationUrl": "https://idp.test/auth",
            "tokenUrl": "https://idp.test/token",
            "userInfoUrl": "https://idp.test/me",
            "scopes": "openid",
            "ssoLogoUrl": "https://idp.test/logo.png",
            "displayName": kind,
            "active": active,
        }
        assert api.http.post("/identity/resources/sso/custom/v1", json=body, headers=auth).status_code == 200
    listed = api.http.get("/identity/resources/sso/custom/v1", headers=auth)
    assert {p["type"] for p in listed.json()["providers"]} >= {"acme-active", "acme-inactive"}
    anonymous = api.http.get("/frontegg/identity/resources/sso/custom/v1")
    types = {p["type"] for p in anonymous.json()["providers"]}
    assert "acme-active" in types and "acme-inactive" not in types
    assert "very-secret-value" not in anonymous.text and "very-secret-value" not in listed.text
    # The browser client sends the user's token on every call once signed in: still a public read.
    email = api.new_email()
    api.sign_up(email)
    user = {"Authorization": f"Bearer {api.access_token(email)}"}
    as_user = api.http.get("/frontegg/identity/resources/sso/custom/v1", headers=user)
    assert as_user.status_code == 200 and {p["type"] for p in as_user.json()["providers"]} == types


def test_public_routes_refuse_other_methods_and_metadata_needs_an_entity(api: Api) -> None:
    assert api.http.post("/frontegg/vendors/public", json={}).status_code == 405
    r = api.http.get("/frontegg/metadata")
    assert r.status_code == 400 and r.json()["errorCode"]


# ------------------------------------------------------------------ configured origins and /vendors
@pytest.fixture(scope="module")
def acme() -> Iterator[Api]:
    with EmulatorServer(allowed_origins=["https://*.acme.test", "https://app.acme.test"]) as server:
        helper = Api(server)
        yield helper
        helper.http.close()


def test_allowed_origins_replace_the_defaults(acme: Api) -> None:
    assert preflight(acme.http, LOGIN, "https://app.acme.test").status_code == 204
    assert preflight(acme.http, LOGIN, "https://eu.app.acme.test").status_code == 204
    assert preflight(acme.http, LOGIN, APP).status_code == 403


def test_vendors_document_stores_allowed_origins_as_terraform_writes_them(acme: Api) -> None:
    auth = {"Authorization": f"Bearer {acme.env_token()}"}
    doc = acme.http.get("/vendors", headers=auth).json()
    assert doc["allowedOrigins"] == ["https://*.acme.test", "https://app.acme.test"]
    assert doc["host"] and doc["id"]
    # frontegg/terraform-provider-frontegg resource_frontegg_allowed_origin.go: GET, append, PUT the list.
    r = acme.http.put(
        "/vendors", json={"allowedOrigins": [*doc["allowedOrigins"], "http://localhost:4200"]}, headers=auth
    )
    assert r.status_code == 200, r.text
    assert preflight(acme.http, LOGIN, "http://localhost:4200").status_code == 204
    assert preflight(acme.http, LOGIN, "http://localhost:4201").status_code == 403
    assert acme.http.put("/vendors", json={"allowedOrigins": ["not an origin"]}, headers=auth).status_code == 400
    assert acme.http.put("/vendors", json={"allowedOrigins": "https://x.test"}, headers=auth).status_code == 400
    assert acme.http.get("/vendors", headers=auth).json()["allowedOrigins"][-1] == "http://localhost:4200"
    assert acme.http.get("/vendors").status_code == 401
    email = acme.new_email()
    acme.sign_up(email)
    user = {"Authorization": f"Bearer {acme.access_token(email)}"}
    assert acme.http.put("/vendors", json={"allowedOrigins": []}, headers=user).status_code == 403
    # An emulator reset forgets the stored list: the command line's origins apply again.
    acme.http.post("/_emulator/reset").raise_for_status()
    assert preflight(acme.http, LOGIN, "http://localhost:4200").status_code == 403


# ------------------------------------------------------------------ emailed links
def _activation_link(api: Api, **headers: str) -> str:
    email = api.new_email()
    r = api.http.post(
        "/frontegg/identity/resources/users/v1/signUp",
        json={"provider": "local", "email": email, "password": PASSWORD, "companyName": "Acme"},
        headers=headers,
    )
    assert r.status_code in (200, 201), r.text
    return str(api.last_message(email, "activation")["link"])


def test_links_lead_to_the_calling_page_when_every_allowed_origin_is_a_pattern(api: Api) -> None:
    link = _activation_link(api, Origin="http://localhost:5173")
    assert re.fullmatch(r"http://localhost:5173/account/activate\?userId=[^&]+&token=.+", link)
    # No page and no concrete origin: the gateway itself is all there is.
    assert _activation_link(api).startswith(api.emu.url + "/account/activate?")


def test_links_lead_to_the_first_concrete_allowed_origin(acme: Api) -> None:
    assert _activation_link(acme, Origin="https://eu.app.acme.test").startswith(
        "https://app.acme.test/account/activate?"
    )


def test_links_lead_to_the_app_url_when_given() -> None:
    with EmulatorServer(app_url="http://localhost:4000/") as server:
        helper = Api(server)
        try:
            assert _activation_link(helper, Origin=APP).startswith("http://localhost:4000/account/activate?")
        finally:
            helper.http.close()
