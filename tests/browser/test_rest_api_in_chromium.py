"""@frontegg/rest-api 7.119.0 in a real page in Chromium, served from one origin, calling the emulator on
another: no proxy and no stub in between, so CORS, preflights and the refresh cookie are what a browser
really does with them. The bundle is built by `make sdk` (sdk_tests/browser); the test runs offline."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from browser_support import ROOT, StaticSite, screenshot

from frontegg_emulator import EmulatorServer

BUNDLE = ROOT / "sdk_tests" / "browser" / "dist" / "rest-api.js"
PASSWORD = "Correct-horse-9"
PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>rest-api against the emulator</title>
<script src="rest-api.js"></script></head>
<body><h1>@frontegg/rest-api 7.119.0</h1><pre id="log"></pre>
<script>
  window.show = (line) => { document.getElementById('log').textContent += line + '\\n'; };
</script></body></html>
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticSite]:
    if not BUNDLE.exists():
        reason = f"{BUNDLE.relative_to(ROOT)} is missing: run make sdk (bash sdk_tests/install.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("app")
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(BUNDLE, folder / "rest-api.js")
    with StaticSite(folder) as served:
        yield served


@pytest.fixture(scope="module")
def emu() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server


def _open(
    browser: Any, site: StaticSite, gateway: str, page_host: str = "localhost", answers: list[str] | None = None
) -> tuple[Any, Any, list[str]]:
    context = browser.new_context()
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(f"{request.method} {request.url}"))
    if answers is not None:
        page.on("response", lambda r: answers.append(f"{r.request.method} {urlsplit(r.url).path} {r.status}"))
    page.goto(f"http://{page_host}:{site.port}/index.html")
    page.evaluate(
        """(gateway) => FronteggRestApi.ContextHolder.for('default').setContext(
             {baseUrl: gateway, requestCredentials: 'include', logLevel: 'error'})""",
        gateway,
    )
    return context, page, failed


def _outbox_token(emu: EmulatorServer, email: str) -> tuple[str, dict[str, list[str]]]:
    messages = httpx.get(emu.url + "/_emulator/outbox", params={"to": email}).json()["messages"]
    link = str(messages[-1]["link"])
    return link, parse_qs(urlsplit(link).query)


# The whole browser session as a person goes through it; each step is awaited in the page.
FLOW_SIGN_UP = """async ([email, password]) => {
  const r = await FronteggRestApi.api.auth.signUpUser({email, password, companyName: 'Acme', name: 'Ada',
                                                      provider: 'local'});
  show('signed up ' + email); return r;
}"""
FLOW_ACTIVATE = """async ([userId, token]) => {
  const r = await FronteggRestApi.api.auth.activateAccountV2({userId, token});
  show('activated'); return {accessToken: r.user ? r.user.accessToken : r.accessToken};
}"""
FLOW_LOGIN = """async ([email, password]) => {
  const user = await FronteggRestApi.api.auth.login({email, password});
  show('logged in as ' + user.email); return {email: user.email, accessToken: user.accessToken};
}"""
FLOW_REFRESH = """async () => {
  FronteggRestApi.ContextHolder.for('default').setAccessToken(null);  // as after a page reload
  const user = await FronteggRestApi.api.auth.refreshToken();
  show('refreshed from the cookie'); return {email: user.email, accessToken: user.accessToken};
}"""
FLOW_LOGOUT = """async () => {
  await FronteggRestApi.api.auth.logout();
  FronteggRestApi.ContextHolder.for('default').setAccessToken(null);
  try { await FronteggRestApi.api.auth.refreshToken(); return {refused: false}; }
  catch (e) { show('refresh after logout refused: ' + e.statusCode); return {refused: true, status: e.statusCode}; }
}"""
FLOW_ERROR = """async ([email]) => {
  try { await FronteggRestApi.api.auth.login({email, password: 'not-the-password'}); return null; }
  catch (e) {
    show('wrong password: ' + e.statusCode + ' trace ' + e.traceId);
    return {status: e.statusCode, traceId: e.traceId, message: e.message};
  }
}"""


def test_rest_api_session_in_chromium(browser: Any, site: StaticSite, emu: EmulatorServer) -> None:
    # The page and the gateway on one host name, other ports: cross-origin (CORS, preflights) but the
    # same site, so the SameSite=None; Secure refresh cookie is first-party and Chromium keeps it even
    # over http (loopback is a secure context).
    page_host, name = "localhost", "rest-api-cross-origin"
    gateway = f"http://localhost:{emu.port}"
    answers: list[str] = []
    context, page, failed = _open(browser, site, gateway, page_host, answers)
    try:
        email = f"ada-{uuid.uuid4().hex[:8]}@example.com"
        signed = page.evaluate(FLOW_SIGN_UP, [email, PASSWORD])
        assert signed["shouldActivate"] is True and signed["userId"]

        # Activation from the outbox: the link leads to the page that asked, at the login box's route.
        link, query = _outbox_token(emu, email)
        assert link.startswith(f"http://{page_host}:{site.port}/account/activate?"), link
        assert query["userId"] == [signed["userId"]]
        activated = page.evaluate(FLOW_ACTIVATE, [signed["userId"], query["token"][0]])
        assert activated["accessToken"]

        logged_in = page.evaluate(FLOW_LOGIN, [email, PASSWORD])
        assert logged_in["email"] == email and logged_in["accessToken"]

        # The refresh token lives only in the HttpOnly cookie; the page cannot read it.
        assert "fe_refresh_" not in page.evaluate("document.cookie")
        answers.clear()
        refreshed = page.evaluate(FLOW_REFRESH)
        assert refreshed["email"] == email and refreshed["accessToken"]
        assert "POST /frontegg/identity/resources/auth/v1/user/token/refresh 201" in answers, answers

        error = page.evaluate(FLOW_ERROR, [email])
        assert error is not None and error["status"] == 401
        assert error["traceId"] and len(error["traceId"]) == 32  # exposed to the page by CORS

        out = page.evaluate(FLOW_LOGOUT)
        assert out == {"refused": True, "status": 401}
        screenshot(page, name)
        assert failed == [], failed  # no call was blocked (a CORS failure shows up here)
    finally:
        context.close()


def test_a_page_on_a_disallowed_origin_cannot_read_answers(browser: Any, tmp_path: Path, site: StaticSite) -> None:
    with EmulatorServer(allowed_origins=["https://app.acme.test"]) as strict:
        context, page, failed = _open(browser, site, f"http://localhost:{strict.port}")
        try:
            outcome = page.evaluate(
                """async () => {
                  try {
                    await FronteggRestApi.api.auth.login({email: 'a@example.com', password: 'x'});
                    return 'answered';
                  } catch (e) {
                    show('blocked: ' + e.message);
                    return e.statusCode === undefined ? 'blocked' : 'status ' + e.statusCode;
                  }
                }"""
            )
            screenshot(page, "rest-api-disallowed-origin")
            assert outcome == "blocked"
            assert failed  # the browser refused the preflight
        finally:
            context.close()


def test_a_page_on_another_host_name_gets_answers_but_not_the_cookie(
    browser: Any, site: StaticSite, emu: EmulatorServer
) -> None:
    """The host-name rule of the README: a page on 127.0.0.1 calling the gateway on localhost is another
    site, so the refresh cookie is a third-party cookie, which Debian's Chromium 156 does not keep (even
    as SameSite=None; Secure). Calls are answered (CORS allows the origin), the session does not survive
    a reload."""
    context, page, failed = _open(browser, site, f"http://localhost:{emu.port}", "127.0.0.1")
    try:
        email = f"ada-{uuid.uuid4().hex[:8]}@example.com"
        signed = page.evaluate(FLOW_SIGN_UP, [email, PASSWORD])
        _, query = _outbox_token(emu, email)
        assert page.evaluate(FLOW_ACTIVATE, [signed["userId"], query["token"][0]])["accessToken"]
        assert page.evaluate(FLOW_LOGIN, [email, PASSWORD])["email"] == email
        assert not [c for c in context.cookies() if c["name"].startswith("fe_refresh_")]
        refused = page.evaluate(
            """async () => {
              FronteggRestApi.ContextHolder.for('default').setAccessToken(null);
              try { await FronteggRestApi.api.auth.refreshToken(); return null; }
              catch (e) { show('refresh refused: ' + e.statusCode); return e.statusCode; }
            }"""
        )
        screenshot(page, "rest-api-cross-site")
        assert refused == 401 and failed == []
    finally:
        context.close()
