"""The emulator's web UI (/_emulator/) in Chromium, as a developer uses it while testing an app: every
page renders without a script or CSP error, what the API created shows up, the outbox's link opens the
app and activates the account, an action taken in the UI is seen by the API, and the request log finds
a failed call by the trace id its response carried. Screenshots go to reports/browser/webui-*.png."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import StaticSite, screenshot

from frontegg_emulator import EmulatorServer

PASSWORD = "Correct-horse-9"
PAGES = ("environments", "accounts", "users", "outbox", "clock", "requests")
# The app behind the emailed activation link: reads userId and token from its URL and activates the
# account cross-origin, as a login box would.
ACTIVATE_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Activate</title></head><body><p id="result">activating</p>
<script>
  const q = new URLSearchParams(location.search);
  fetch('__ACTIVATE_URL__', {
    method: 'POST', headers: {'content-type': 'application/json'},
    body: JSON.stringify({userId: q.get('userId'), token: q.get('token')}),
  }).then((r) => { document.getElementById('result').textContent = 'status ' + r.status; });
</script></body></html>
"""


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("app")


@pytest.fixture(scope="module")
def app(app_dir: Path) -> Iterator[StaticSite]:
    with StaticSite(app_dir) as served:
        yield served


@pytest.fixture(scope="module")
def emu(app: StaticSite, app_dir: Path) -> Iterator[EmulatorServer]:
    with EmulatorServer(app_url=f"http://localhost:{app.port}") as server:
        activate = app_dir / "account" / "activate"
        activate.mkdir(parents=True)
        gateway = f"{server.url}/identity/resources/users/v1/activate"
        (activate / "index.html").write_text(ACTIVATE_PAGE.replace("__ACTIVATE_URL__", gateway), encoding="utf-8")
        yield server


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda err: problems.append(str(err)))
    opened.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    opened.on("dialog", lambda dialog: dialog.accept())  # the UI confirms destructive actions
    yield opened
    context.close()
    assert problems == [], problems  # a CSP violation or a script error is a console error


def _sign_up(emu: EmulatorServer) -> tuple[str, str]:
    email = f"ui-{uuid.uuid4().hex[:10]}@example.com"
    r = httpx.post(
        emu.url + "/identity/resources/users/v1/signUp",
        json={"provider": "local", "email": email, "password": PASSWORD, "companyName": "Acme " + email},
    )
    assert r.status_code == 201, r.text
    return email, str(r.json()["userId"])


def _user(emu: EmulatorServer, user_id: str) -> dict[str, Any]:
    creds = emu.credentials
    token = httpx.post(emu.url + "/auth/vendor", json={"clientId": creds.client_id, "secret": creds.api_key}).json()[
        "token"
    ]
    r = httpx.get(
        emu.url + f"/identity/resources/vendor-only/users/v1/{user_id}", headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 200, r.text
    found: dict[str, Any] = r.json()
    return found


def test_every_page_renders(emu: EmulatorServer, page: Any) -> None:
    _, user_id = _sign_up(emu)
    page.goto(emu.url + "/_emulator/")
    for name in PAGES:
        page.click(f"header nav a:text-is('{name.capitalize()}')")
        assert page.locator("main h1").first.inner_text().startswith(name.capitalize())
        screenshot(page, f"webui-{name}")
    page.goto(f"{emu.url}/_emulator/ui/users/{user_id}")
    assert page.locator("#user-facts").is_visible()
    screenshot(page, "webui-user")
    page.click("#user-accounts a")
    assert page.locator("main h1").is_visible()
    screenshot(page, "webui-account")


def test_the_api_key_is_hidden_until_revealed(emu: EmulatorServer, page: Any) -> None:
    page.goto(emu.url + "/_emulator/")
    api_key = emu.credentials.api_key
    assert api_key not in page.content()
    secret = page.locator(f"[data-secret-for='{emu.credentials.client_id}']")
    page.click(f"[data-reveal='{emu.credentials.client_id}']")
    secret.filter(has_text=api_key).wait_for()


def test_a_user_created_through_the_api_appears_and_is_found(emu: EmulatorServer, page: Any) -> None:
    email, user_id = _sign_up(emu)
    page.goto(emu.url + "/_emulator/ui/users")
    page.fill("input[name=q]", email.split("@")[0])
    page.click("form[role=search] button")
    rows = page.locator("#users tbody tr")
    assert rows.count() == 1 and rows.first.get_attribute("data-user-id") == user_id
    page.fill("input[name=q]", user_id)
    page.click("form[role=search] button")
    assert page.locator(f"#users tr[data-user-id='{user_id}']").count() == 1


def test_the_activation_email_links_to_the_app_and_activates(emu: EmulatorServer, page: Any) -> None:
    email, user_id = _sign_up(emu)
    assert _user(emu, user_id)["activatedForTenant"] is False
    page.goto(emu.url + "/_emulator/ui/outbox")
    page.fill("input[name=to]", email)
    page.select_option("select[name=kind]", "activation")
    page.click("#outbox-filter button[type=submit]")
    message = page.locator(f"article.message[data-to='{email}']")
    assert message.count() == 1
    assert message.locator(".subject").inner_text() == "Activate your account"
    screenshot(page, "webui-outbox-activation")
    with page.context.expect_page() as opened:
        message.locator("a.link").click()
    activation = opened.value
    activation.locator("#result").filter(has_text="status").wait_for()
    assert activation.locator("#result").inner_text() == "status 200"
    assert _user(emu, user_id)["activatedForTenant"] is True


def test_ending_sessions_in_the_ui_ends_them_for_the_api(emu: EmulatorServer, page: Any) -> None:
    email, user_id = _sign_up(emu)
    httpx.post(  # the activation token from the outbox, as the app would send it
        emu.url + "/identity/resources/users/v1/activate",
        json={
            "userId": user_id,
            "token": httpx.get(emu.url + "/_emulator/outbox", params={"to": email}).json()["messages"][-1]["token"],
        },
    ).raise_for_status()
    with httpx.Client(base_url=emu.url) as app_browser:  # keeps the refresh cookie like a browser
        login = app_browser.post("/identity/resources/auth/v1/user", json={"email": email, "password": PASSWORD})
        assert login.status_code == 200, login.text
        assert app_browser.post("/identity/resources/auth/v1/user/token/refresh", json={}).status_code == 201
        page.goto(f"{emu.url}/_emulator/ui/users/{user_id}")
        live = page.locator("#sessions tr.session-live").count()
        assert live == 2  # activation signs the user in, and so did the login
        page.click("#user-actions button:text-is('End all sessions')")
        page.locator(".flash").filter(has_text=f"end-sessions ({live} ended)").wait_for()
        assert page.locator("#sessions tr.session-live").count() == 0
        screenshot(page, "webui-user-sessions-ended")
        assert app_browser.post("/identity/resources/auth/v1/user/token/refresh", json={}).status_code == 401


def test_the_request_log_finds_a_failed_call_by_its_trace_id(emu: EmulatorServer, page: Any) -> None:
    failed = httpx.post(
        emu.url + "/identity/resources/auth/v1/user", json={"email": "nobody@example.com", "password": "wrong-1A"}
    )
    assert failed.status_code >= 400
    trace_id = failed.headers["frontegg-trace-id"]
    page.goto(emu.url + "/_emulator/ui/requests")
    page.fill("input[name=traceId]", trace_id)
    page.click("#request-filter button[type=submit]")
    row = page.locator(f"#requests tr[data-trace-id='{trace_id}']")
    assert row.count() == 1 and page.locator("#requests tbody tr").count() == 1
    assert row.locator("td").nth(3).inner_text() == str(failed.status_code)
    assert row.locator("td").nth(4).inner_text() == "loginWithPassword"
    assert row.locator(".error-text").inner_text() == failed.json()["errors"][0]
    screenshot(page, "webui-requests-trace")
