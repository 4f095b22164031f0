"""Frontegg's React SDKs in Chromium, the app on one loopback origin and the emulator on another, no
proxy or stub in between: an app on @frontegg/react-hooks 7.119.0 with its own form, and Frontegg's
embedded login box (@frontegg/admin-portal 5.79.0 under @frontegg/react 4.0.30, React 17). Bundles are
built once by `make sdk` (sdk_tests/browser/dist); requests off loopback (the box's web fonts) are
aborted so nothing needs the internet. Screenshots go to reports/browser/."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from browser_support import ROOT, StaticSite, screenshot

from frontegg_emulator import EmulatorServer

DIST = ROOT / "sdk_tests" / "browser" / "dist"
PASSWORD = "Correct-horse-9"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>app</title><script src="/config.js"></script>
</head><body><div id="root"></div><script src="/app.js"></script></body></html>"""
REFRESH = "/frontegg/identity/resources/auth/v1/user/token/refresh"


def _site(tmp_path_factory: pytest.TempPathFactory, bundle: str) -> Iterator[tuple[StaticSite, Path]]:
    if not (DIST / bundle).exists():
        reason = f"{(DIST / bundle).relative_to(ROOT)} is missing: run make sdk (bash sdk_tests/install.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp(bundle.removesuffix(".js"))
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(DIST / bundle, folder / "app.js")
    with StaticSite(folder, single_page=True) as served:
        yield served, folder


@pytest.fixture(scope="module")
def hooks_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StaticSite, Path]]:
    yield from _site(tmp_path_factory, "react-hooks-app.js")


@pytest.fixture(scope="module")
def box_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StaticSite, Path]]:
    yield from _site(tmp_path_factory, "login-box.js")


def _emulator(site: tuple[StaticSite, Path]) -> Iterator[EmulatorServer]:
    served, folder = site
    with EmulatorServer(app_url=f"http://localhost:{served.port}") as server:
        # The page and the gateway share the host name (localhost): same site, so the cookie is kept.
        config = f"window.FRONTEGG_GATEWAY = 'http://localhost:{server.port}';"
        (folder / "config.js").write_text(config, encoding="utf-8")
        yield server


@pytest.fixture(scope="module")
def hooks_emu(hooks_site: tuple[StaticSite, Path]) -> Iterator[EmulatorServer]:
    yield from _emulator(hooks_site)


@pytest.fixture(scope="module")
def box_emu(box_site: tuple[StaticSite, Path]) -> Iterator[EmulatorServer]:
    yield from _emulator(box_site)


class Tab:
    """A fresh browser profile on the app, every answer from the gateway recorded as METHOD path status."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context()
        self.context.route("**/*", self._only_loopback)
        self.page = self.context.new_page()
        self.answers: list[tuple[str, str, int]] = []
        self.errors: list[str] = []
        self.page.on("response", lambda r: self.answers.append((r.request.method, urlsplit(r.url).path, r.status)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    @staticmethod
    def _only_loopback(route: Any) -> None:
        host = urlsplit(route.request.url).hostname
        route.continue_() if host in ("localhost", "127.0.0.1") else route.abort()

    def failed(self) -> list[tuple[str, str, int]]:
        return [a for a in self.answers if a[2] >= 400]


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    opened = Tab(browser)
    yield opened
    opened.context.close()


def _user(emu: EmulatorServer) -> str:
    """A signed-up, activated user made through the emulator's API (not the page)."""
    email = f"ada-{uuid.uuid4().hex[:8]}@example.com"
    with httpx.Client(base_url=emu.url, timeout=10) as http:
        r = http.post(
            "/frontegg/identity/resources/users/v1/signUp",
            json={"provider": "local", "email": email, "password": PASSWORD, "companyName": "Acme"},
        )
        assert r.status_code == 201, r.text
        token = http.get("/_emulator/outbox", params={"to": email}).json()["messages"][-1]["token"]
        r = http.post(
            "/frontegg/identity/resources/users/v1/activate", json={"userId": r.json()["userId"], "token": token}
        )
        assert r.status_code == 200, r.text
    return email


def _last_link(emu: EmulatorServer, email: str, kind: str) -> str:
    messages = httpx.get(emu.url + "/_emulator/outbox", params={"to": email, "kind": kind}).json()["messages"]
    assert messages, f"no {kind} message to {email}"
    return str(messages[-1]["link"])


# ------------------------------------------------------------------ @frontegg/react-hooks 7.119.0
def test_react_hooks_app_boots_logs_in_and_restores_the_session(
    tab: Tab, hooks_site: tuple[StaticSite, Path], hooks_emu: EmulatorServer
) -> None:
    email = _user(hooks_emu)
    page = tab.page
    page.goto(f"http://localhost:{hooks_site[0].port}/")
    page.wait_for_selector("form button[type=submit]")
    page.wait_for_load_state("networkidle")
    # A first visit has no session: the refresh answers 401, which the store takes as "signed out"
    # (@frontegg/redux-store 7.119.0 helpers/refreshTokenRetry.js: 401 and 403 are not retried), as
    # Frontegg answers it. Every other boot request (public configuration) succeeds.
    assert tab.failed() == [("POST", REFRESH, 401)], tab.answers
    assert len({path for _, path, _ in tab.answers if path.startswith("/frontegg/")}) >= 8, tab.answers
    screenshot(page, "react-hooks-boot")

    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#signed-in")
    assert email in page.inner_text("#signed-in")
    screenshot(page, "react-hooks-signed-in")

    tab.answers.clear()
    page.reload()
    page.wait_for_selector("#signed-in")
    page.wait_for_load_state("networkidle")
    assert email in page.inner_text("#signed-in")
    assert ("POST", REFRESH, 200) in tab.answers or ("POST", REFRESH, 201) in tab.answers, tab.answers
    assert tab.failed() == [], tab.answers  # the signed-in boot: no request fails at all
    assert tab.errors == [], tab.errors
    screenshot(page, "react-hooks-restored")


# ------------------------------------------------------------------ login box 5.79.0
def test_login_box_shows_a_wrong_password_and_logs_in(
    tab: Tab, box_site: tuple[StaticSite, Path], box_emu: EmulatorServer
) -> None:
    email = _user(box_emu)
    page = tab.page
    page.goto(f"http://localhost:{box_site[0].port}/account/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "Wrong-horse-1")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Incorrect email or password")
    screenshot(page, "login-box-wrong-password")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#signed-in")
    assert email in page.inner_text("#signed-in")
    screenshot(page, "login-box-signed-in")
    page.reload()
    page.wait_for_selector("#signed-in")  # the session comes back from the cookie
    assert tab.errors == [], tab.errors


def test_login_box_signs_up_and_activates_from_the_outbox(
    tab: Tab, box_site: tuple[StaticSite, Path], box_emu: EmulatorServer
) -> None:
    email = f"bob-{uuid.uuid4().hex[:8]}@example.com"
    page = tab.page
    page.goto(f"http://localhost:{box_site[0].port}/account/sign-up")
    page.fill("input[name=email]", email)
    page.fill("input[name=name]", "Bob")
    page.fill("input[name=companyName]", "Bobco")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Thanks for signing up!")
    screenshot(page, "login-box-signed-up")
    assert ("POST", "/frontegg/identity/resources/users/v1/signUp", 201) in tab.answers, tab.answers

    link = _last_link(box_emu, email, "activation")
    assert link.startswith(f"http://localhost:{box_site[0].port}/account/activate?"), link
    page.goto(link)
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=confirmPassword]", PASSWORD)
    screenshot(page, "login-box-activate")
    page.click("button[type=submit]")
    page.wait_for_selector("#signed-in")
    assert email in page.inner_text("#signed-in")
    screenshot(page, "login-box-activated")
    assert tab.errors == [], tab.errors


def test_login_box_resets_a_forgotten_password_through_the_outbox(
    tab: Tab, box_site: tuple[StaticSite, Path], box_emu: EmulatorServer
) -> None:
    email = _user(box_emu)
    page = tab.page
    page.goto(f"http://localhost:{box_site[0].port}/account/forget-password")
    page.fill("input[name=email]", email)
    page.click("button[type=submit]")
    page.wait_for_function(
        "() => !document.querySelector('input[name=email]') || document.body.innerText.includes('email')"
    )
    screenshot(page, "login-box-forgot-password")
    assert ("POST", "/frontegg/identity/resources/users/v1/passwords/reset", 201) in tab.answers, tab.answers
    link = _last_link(box_emu, email, "password-reset")
    assert link.startswith(f"http://localhost:{box_site[0].port}/account/reset-password?userId="), link

    # The reset page reads the password policy without a token, then posts the emailed token with the
    # new password; the box signs in with it.
    new_password = "Battery-staple-7"
    page.goto(link)
    page.fill("input[name=password]", new_password)
    page.fill("input[name=confirmPassword]", new_password)
    screenshot(page, "login-box-reset-password")
    page.click("button[type=submit]")
    page.wait_for_function("() => !document.querySelector('input[name=confirmPassword]')")
    screenshot(page, "login-box-password-reset")
    posts = [a for a in tab.answers if a[0] == "POST"]
    assert ("POST", "/frontegg/identity/resources/users/v1/passwords/reset/verify", 201) in posts, posts
    assert tab.errors == [], tab.errors
    with httpx.Client(base_url=box_emu.url, timeout=10) as http:
        login = "/frontegg/identity/resources/auth/v1/user"
        assert http.post(login, json={"email": email, "password": PASSWORD}).status_code == 401
        assert http.post(login, json={"email": email, "password": new_password}).status_code == 200


def test_the_readme_shows_the_login_box_app_this_module_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    app = (ROOT / "sdk_tests" / "browser" / "login-box" / "app.jsx").read_text(encoding="utf-8")
    assert f"```jsx\n{app.rstrip()}\n```" in readme
