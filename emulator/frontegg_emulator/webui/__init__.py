"""The emulator's web UI: ``/_emulator/`` and ``/_emulator/ui/...``, server-rendered HTML on the same port.

Pages read the same environments the API serves (under each environment's lock, read-only); every
action posts a form here that is carried out by ``admin.handle``, the code behind the documented JSON
endpoints, and then redirects back (post/redirect/get). Jinja2 renders the pages: it is maintained by
Pallets, escapes every value by default (autoescape), is already pinned in requirements/dev.txt, and
needs no build step. A little vanilla JavaScript (static/app.js) reveals an API key on request, copies
codes and links, confirms destructive actions and refreshes the request log while it is live.

Secrets: an API key reaches the browser only when its Reveal button fetches
``/_emulator/environments/credentials``; password hashes, TOTP seeds and token secrets are never shown.
The outbox shows codes and links on purpose: they are what the person would have read.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from jinja2 import Environment as Jinja
from jinja2 import PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from .. import admin
from ..domain import api_tokens, groups, policies, security, sessions, users
from ..domain.model import Environment, OutboxMessage, Session, User
from ..errors import BadRequest, EmulatorError, Forbidden, MethodNotAllowed, NotFound

if TYPE_CHECKING:
    from ..app import Gateway

ROOT = "/_emulator"
UI = "/_emulator/ui"
STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
# The pages load nothing from elsewhere and run no inline script; a sandboxed iframe is not used.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
        " form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
PAGES = ("environments", "accounts", "users", "outbox", "clock", "requests")
UNITS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
REQUEST_ROWS = 200
FILTER_PARAMS = ("traceId", "method", "path", "status", "operationId", "clientId")
# What each kind of message says, as the person would read it: a subject and one sentence.
MESSAGE_TEXT = {
    "activation": ("Activate your account", "Welcome! Activate your account to finish signing up."),
    "invitation": ("You are invited", "You were invited to join an account. Accept the invitation to sign in."),
    "password-reset": ("Reset your password", "Someone asked to reset your password. Choose a new one here."),
    "passwordless-magic-link": ("Your sign-in link", "Use this link to sign in."),
    "unlock": ("Unlock your account", "Your account was locked after failed sign-ins. Unlock it here."),
    "userEmailVerification": ("Verify your email address", "Enter this code to verify your email address."),
    "emailChange": ("Confirm your new email address", "Enter this code to confirm your new email address."),
    "authenticator-app": ("Authenticator app enrollment", "Scan this in your authenticator app."),
}

_templates = Jinja(
    loader=PackageLoader("frontegg_emulator.webui", "templates"),
    autoescape=True,  # every template, whatever its name: nothing from the state is trusted HTML
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def is_ui_path(path: str) -> bool:
    return path in (ROOT, ROOT + "/") or path == UI or path.startswith(UI + "/")


def _iso(ts: float | None) -> str:
    if ts is None:
        return ""
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds == 0:
        return "0s"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return " ".join(parts)


_templates.filters["time"] = _iso
_templates.filters["duration"] = _duration


# ------------------------------------------------------------------ entry
def handle(gateway: Gateway, request: Request, method: str, path: str, raw: bytes) -> Response:
    if path == ROOT:
        return RedirectResponse(ROOT + "/", status_code=307)
    if path.startswith(UI + "/static/"):
        return _static(method, path[len(UI + "/static/") :])
    page = "environments" if path in (ROOT + "/", UI, UI + "/") else path[len(UI) + 1 :].rstrip("/")
    query = {k: v[-1] for k, v in parse_qs(request.url.query).items()}
    try:
        if page.startswith("actions/"):
            if method != "POST":
                raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=["POST"])
            _same_origin(request)
            return _act(gateway, request, page[len("actions/") :], _form(raw))
        if method not in ("GET", "HEAD"):
            raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=["GET", "HEAD"])
        return _page(gateway, request, page, query)
    except EmulatorError as err:
        response = _html("error.html", _chrome(gateway, request, None, query), status=err.status, error=err)
        response.headers.update(err.headers())
        return response


def _static(method: str, name: str) -> Response:
    if method not in ("GET", "HEAD") or name not in STATIC:
        raise NotFound(f"No UI asset {name}")
    body = (resources.files(__package__) / "static" / name).read_bytes()
    return Response(body, media_type=STATIC[name], headers={"cache-control": "no-cache"})


def _html(template: str, chrome: dict[str, Any], *, status: int = 200, **values: Any) -> HTMLResponse:
    html = _templates.get_template(template).render(**chrome, **values)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def _form(raw: bytes) -> dict[str, str]:
    try:
        return {k: v[-1] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
    except UnicodeDecodeError:
        raise BadRequest("The form is not UTF-8") from None


def _same_origin(request: Request) -> None:
    """Forms of another site must not drive the emulator: a browser names the page a POST comes from."""
    origin = request.headers.get("origin")
    if origin is not None and origin != "null":
        own = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin.rstrip("/") != own:
            raise Forbidden("The UI accepts actions from its own pages only")
    if request.headers.get("sec-fetch-site") not in (None, "same-origin", "none"):
        raise Forbidden("The UI accepts actions from its own pages only")


def _chrome(gateway: Gateway, request: Request, env: Environment | None, query: dict[str, str]) -> dict[str, Any]:
    """What every page's frame shows: the navigation and the environment picker."""
    current = env or gateway.emulation.default
    return {
        "ui": UI,
        "root": ROOT + "/",
        "pages": PAGES,
        "environments": [(e.client_id, e.id == gateway.emulation.default_id) for e in gateway.emulation.all()],
        "env": current,
        "scope": {} if current.id == gateway.emulation.default_id else {"clientId": current.client_id},
        "qs": _qs,
        "flash": query.get("done"),
    }


def _qs(*parts: dict[str, str] | None, **more: str | None) -> str:
    merged: dict[str, str] = {}
    for part in (*parts, more):
        merged.update({k: v for k, v in (part or {}).items() if v})
    return "?" + urlencode(merged) if merged else ""


# ------------------------------------------------------------------ pages
def _page(gateway: Gateway, request: Request, page: str, query: dict[str, str]) -> Response:
    env = admin.environment(gateway, query)
    chrome = _chrome(gateway, request, env, query)
    chrome["page"] = page.split("/", 1)[0]
    with gateway.emulation.transaction(env):
        if page == "environments":
            return _html("environments.html", chrome, rows=_environments(gateway, request))
        if page == "accounts":
            return _html("accounts.html", chrome, accounts=[_account_row(env, t) for t in _tenants(env)])
        if page.startswith("accounts/"):
            return _html("account.html", chrome, **_account(env, page[len("accounts/") :]))
        if page == "users":
            q = query.get("q", "").strip()
            found = [_user_row(env, u) for u in _search(env, q)]
            return _html("users.html", chrome, users=found, q=q)
        if page.startswith("users/"):
            return _html("user.html", chrome, **_user(env, page[len("users/") :]))
        if page == "outbox":
            return _html("outbox.html", chrome, **_outbox(env, query))
        if page == "clock":
            return _html("clock.html", chrome, now=security.now(env), offset=env.clock_offset, units=UNITS)
    if page == "requests":
        where = admin.request_filter(query)
        entries = gateway.requests.entries(where, REQUEST_ROWS)
        filters_qs = {k: query[k] for k in FILTER_PARAMS if query.get(k)}
        values: dict[str, Any] = {
            "entries": entries,
            "filters": where.as_dict(),
            "filters_qs": filters_qs,
            "size": gateway.requests.size,
        }
        if query.get("fragment") == "rows":
            return _html("request_rows.html", chrome, **values)
        operation_ids = sorted({e.operation_id for e in gateway.requests.entries() if e.operation_id})
        return _html("requests.html", chrome, operation_ids=operation_ids, **values)
    raise NotFound(f"No UI page {page}")


def _environments(gateway: Gateway, request: Request) -> list[dict[str, Any]]:
    base = str(request.base_url).rstrip("/")
    rows = []
    for env in gateway.emulation.all():
        with gateway.emulation.transaction(env):
            rows.append(
                {
                    **admin.describe(env, base),  # never the API key: the Reveal button fetches it
                    "default": env.id == gateway.emulation.default_id,
                    "createdAt": env.created_at,
                    "users": len(env.users),
                    "accounts": len(env.tenants),
                    "messages": len(env.outbox),
                    "offset": env.clock_offset,
                }
            )
    return rows


def _tenants(env: Environment) -> list[Any]:
    return sorted(env.tenants.values(), key=lambda t: (t.name.lower(), t.id))


def _members(env: Environment, tenant_id: str) -> list[User]:
    return sorted((u for u in env.users.peek().values() if tenant_id in u.tenant_ids), key=lambda u: u.email.lower())


def _account_row(env: Environment, tenant: Any) -> dict[str, Any]:
    return {
        "tenant": tenant,
        "users": len(_members(env, tenant.id)),
        "roles": sum(1 for r in env.roles.values() if r.tenant_id == tenant.id),
        "groups": len(groups.account_groups(env, tenant.id)),
    }


def _role_names(env: Environment, role_ids: list[str]) -> list[str]:
    return [env.roles[r].name for r in role_ids if r in env.roles]


def _account(env: Environment, tenant_id: str) -> dict[str, Any]:
    tenant = users.get_tenant(env, tenant_id)
    members = [
        {"user": u, "roles": _role_names(env, u.roles.get(tenant.id, [])), "disabled": tenant.id in u.disabled_tenants}
        for u in _members(env, tenant.id)
    ]
    account_groups = [
        {
            "group": g,
            "roles": _role_names(env, list(g.get("roleIds", []))),
            "members": [env.users[u].email for u in g.get("userIds", []) if u in env.users],
        }
        for g in groups.account_groups(env, tenant.id)
    ]
    roles = sorted(
        (r for r in env.roles.values() if r.tenant_id in (None, tenant.id)), key=lambda r: (-r.level, r.name)
    )
    settings = {kind: policies.for_account(env, kind, tenant.id) for kind in ("lockout", "mfa", "sessions")}
    return {
        "tenant": tenant,
        "members": members,
        "groups": account_groups,
        "roles": roles,
        "settings": {k: json.dumps(v, indent=2, sort_keys=True, default=str) for k, v in settings.items()},
        "tenant_metadata": tenant.metadata,
    }


def _search(env: Environment, q: str) -> list[User]:
    wanted = q.lower()
    found = [u for u in env.users.peek().values() if not wanted or wanted in u.email.lower() or u.id.lower() == wanted]
    return sorted(found, key=lambda u: u.created_at, reverse=True)


def _user_row(env: Environment, user: User) -> dict[str, Any]:
    return {"user": user, "accounts": len(user.tenant_ids), "live_sessions": len(sessions.user_sessions(env, user.id))}


def _session_state(env: Environment, session: Session) -> str:
    if session.revoked:
        return "ended"
    return "live" if sessions.is_live(env, session) else "expired"


def _user(env: Environment, user_id: str) -> dict[str, Any]:
    user = users.get_user(env, user_id)
    accounts = [
        {
            "id": t,
            "name": env.tenants[t].name if t in env.tenants else "(deleted account)",
            "roles": _role_names(env, user.roles.get(t, [])),
            "group_roles": _role_names(env, groups.member_role_ids(env, user.id, t)),
            "active": t == user.tenant_id,
            "disabled": t in user.disabled_tenants,
        }
        for t in user.tenant_ids
    ]
    user_sessions = env.sessions.of_user(user.id)[::-1]  # newest first
    tokens = [
        {"kind": kind, "id": rec.get("clientId") or rec.get("id"), "record": rec, "alive": api_tokens.alive(env, rec)}
        for kind in (api_tokens.USER_API, api_tokens.USER_ACCESS)
        for rec in api_tokens.records(env, kind).values()
        if rec.get("userId") == user.id
    ]
    return {
        "user": user,
        "accounts": accounts,
        "devices": user.mfa_devices,  # the templates show kinds and names, never seeds or keys
        "sessions": [{"session": s, "state": _session_state(env, s)} for s in user_sessions],
        "tokens": tokens,
        "messages": sum(1 for m in env.outbox if m.user_id == user.id),
    }


def _message_view(env: Environment, message: OutboxMessage) -> dict[str, Any]:
    subject, text = MESSAGE_TEXT.get(message.kind, (message.kind.replace("-", " ").capitalize(), ""))
    user = env.users.get(message.user_id) if message.user_id else None
    link = message.link or ""
    return {
        "message": message,
        "subject": subject,
        "text": text,
        "name": user.name if user is not None else "",
        "link": link,
        # Only web links are made clickable; an otpauth:// URI is shown for copying.
        "openable": urlsplit(link).scheme in ("http", "https"),
    }


def _outbox(env: Environment, query: dict[str, str]) -> dict[str, Any]:
    to = query.get("to", "").strip()
    kind = query.get("kind", "").strip()
    chosen = [m for m in env.outbox if (not to or m.to.lower() == to.lower()) and (not kind or m.kind == kind)]
    return {
        "messages": [_message_view(env, m) for m in reversed(chosen)],  # newest first
        "to": to,
        "kind": kind,
        "kinds": sorted({m.kind for m in env.outbox}),
        "recipients": sorted({m.to for m in env.outbox}),
        "total": len(env.outbox),
    }


# ------------------------------------------------------------------ actions
def _act(gateway: Gateway, request: Request, action: str, form: dict[str, str]) -> Response:
    """One form post: the matching admin endpoint, then back to the page it came from."""
    scope = {"clientId": form["clientId"]} if form.get("clientId") else {}
    user_id = form.get("userId", "")
    body: Any = None
    if action == "reset":
        method, route = "POST", "/reset"
    elif action == "create-environment":
        method, route, body = "POST", "/environments", {"clientId": form.get("newClientId") or None}
    elif action == "advance-clock":
        method, route, body = "POST", "/clock/advance", {"seconds": _seconds(form)}
    elif action == "clear-outbox":
        method, route = "DELETE", "/outbox"
    elif action == "clear-requests":
        method, route = "DELETE", "/requests"
    elif action in ("lock", "unlock", "verify", "end-sessions", "delete-user"):
        if not user_id:
            raise BadRequest("userId is required")
        method = "DELETE" if action == "delete-user" else "POST"
        route = f"/users/{user_id}" + ("" if action == "delete-user" else f"/{action}")
    else:
        raise NotFound(f"No UI action {action}")
    _, result = admin.handle(gateway, method, ROOT + route, scope, body, request)
    return RedirectResponse(_back(form, action, result), status_code=303)


def _seconds(form: dict[str, str]) -> float:
    try:
        amount = float(form.get("amount", ""))
    except ValueError:
        raise BadRequest("amount must be a number") from None
    unit = UNITS.get(form.get("unit", "seconds"))
    if unit is None:
        raise BadRequest(f"unit must be one of {', '.join(UNITS)}")
    return amount * unit


def _back(form: dict[str, str], action: str, result: Any) -> str:
    target = form.get("next", "")
    parts = urlsplit(target)
    # Only a page of this UI: the form field must not send the browser elsewhere.
    if parts.scheme or parts.netloc or not is_ui_path(parts.path) or parts.path.startswith(UI + "/actions"):
        target, parts = ROOT + "/", urlsplit(ROOT + "/")
    if action == "delete-user" and parts.path.startswith(UI + "/users/"):
        parts = urlsplit(UI + "/users")
    done = action
    if action == "end-sessions" and isinstance(result, dict):
        done = f"end-sessions ({result.get('ended', 0)} ended)"
    query = {k: v[-1] for k, v in parse_qs(parts.query).items() if k != "done"}
    if action == "create-environment" and isinstance(result, dict):
        query["clientId"] = str(result["clientId"])
    query["done"] = done
    return parts.path + "?" + urlencode(query)
