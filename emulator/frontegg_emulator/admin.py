"""The emulator-only admin surface under /_emulator/, kept apart from the emulated API.

Like the Firebase Auth Emulator's, it lets tests read the codes and links the emulator "sent", reset
an environment, move its clock, and create isolated environments. The environment is chosen with the
``clientId`` query parameter (the default environment otherwise).

    GET    /_emulator/environments              list environments (no secrets)
    POST   /_emulator/environments              create one: {clientId?, apiKey?} -> credentials (409: id taken)
    GET    /_emulator/environments/credentials  the environment's credentials, API key included (a reveal)
    GET    /_emulator/outbox?to=&kind=          emails and SMS sent, newest last
    DELETE /_emulator/outbox                    forget them
    POST   /_emulator/reset                     wipe users, tenants, tokens and settings
    GET    /_emulator/clock                     the environment's current time
    POST   /_emulator/clock/advance             {seconds}: expire tokens and codes without waiting
    PUT    /_emulator/webauthn                  {rpId, rpName, origins}: relying party used for WebAuthn
    GET    /_emulator/throttling                limits of guessable steps (429 with Retry-After), on by default
    PUT    /_emulator/throttling                {enabled?, limits?: {name: {max, window}}}
    GET    /_emulator/coverage                  implemented / total operations
    POST   /_emulator/users/{id}/lock           lock the user (its sessions end); also unlock, verify
    POST   /_emulator/users/{id}/end-sessions   end all the user's sessions -> {ended}
    POST   /_emulator/users/{id}/impersonate    what Frontegg's portal does for "Impersonate user": a
                                                one-time actor token -> {actorToken, impersonatedUserId,
                                                expiresIn}, redeemed at POST /identity/resources/impersonation/v1
    DELETE /_emulator/users/{id}                delete the user
    GET    /_emulator/requests?traceId=&method=&path=&status=&operationId=&limit=
                                                the last requests answered, newest first (no query strings)
    DELETE /_emulator/requests                  forget them

``/_emulator/`` itself and ``/_emulator/ui/...`` are the web UI (``webui``); its actions call ``handle``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from starlette.requests import Request

from .domain import impersonation, security, throttle, users
from .domain.model import Environment
from .errors import BadRequest, Conflict, MethodNotAllowed, NotFound
from .handlers.base import HANDLERS
from .requestlog import RequestFilter

if TYPE_CHECKING:
    from .app import Gateway

MAX_CLOCK_OFFSET = 1000 * 365 * 86400  # a millennium in total is more than any expiry needs
USER_ACTIONS = ("lock", "unlock", "verify", "end-sessions", "impersonate")


def environment(gateway: Gateway, query: dict[str, str]) -> Environment:
    client_id = query.get("clientId")
    if client_id:
        env = gateway.emulation.by_client_id(client_id)
        if env is None:
            raise NotFound(f"No environment with client id {client_id}")
        return env
    return gateway.emulation.default


def describe(env: Environment, gateway_url: str, *, with_secret: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": env.id,
        "clientId": env.client_id,
        "vendorHost": env.vendor_host,
        "gatewayUrl": gateway_url,
    }
    if with_secret:
        out["apiKey"] = env.api_key
    return out


def coverage(gateway: Gateway) -> dict[str, Any]:
    """The published spec's operations with a handler; the companions' alike under ``companions``."""

    def of(operations: Iterable[str]) -> dict[str, Any]:
        total = sorted(operations)
        missing = [op for op in total if op not in HANDLERS]
        return {"implemented": len(total) - len(missing), "total": len(total), "missing": missing}

    return {
        **of(gateway.spec.operations),
        "companions": {
            "identity-unpublished": of(gateway.unpublished_spec.operations),
            "tenants": of(gateway.tenants_spec.operations),
        },
    }


def request_filter(query: dict[str, str]) -> RequestFilter:
    return RequestFilter(
        trace_id=query.get("traceId") or None,
        method=query.get("method") or None,
        path=query.get("path") or None,
        status=query.get("status") or None,
        operation_id=query.get("operationId") or None,
        client_id=query.get("clientId") or None,
    )


def _limit(query: dict[str, str], default: int) -> int:
    raw = query.get("limit")
    if raw is None or raw == "":
        return default
    if not raw.isdigit():
        raise BadRequest("limit must be a non-negative integer")
    return int(raw)


def _user_action(gateway: Gateway, env: Environment, method: str, tail: str) -> tuple[int, Any]:
    user_id, _, action = tail.partition("/")
    if not user_id or "/" in action or (action and action not in USER_ACTIONS):
        raise NotFound(f"No emulator route /users/{tail}")
    allowed = "DELETE" if not action else "POST"
    if method != allowed:
        raise MethodNotAllowed(f"{method} is not allowed on /_emulator/users/{tail}", allow=[allowed])
    with gateway.emulation.transaction(env):
        user = users.get_user(env, user_id)
        if action == "lock":
            users.lock_user(env, user)
        elif action == "unlock":
            users.unlock_user(user)
        elif action == "verify":
            users.mark_verified(user)
        elif action == "end-sessions":
            return 200, {"userId": user.id, "ended": users.end_all_sessions(env, user.id)}
        elif action == "impersonate":
            return 201, impersonation.issue_actor_token(env, user)
        else:
            users.delete_user(env, user)
            return 200, {"userId": user.id, "deleted": True}
        return 200, {"userId": user.id, "locked": user.locked, "verified": user.verified}


# What each fixed route of handle() answers, for the Allow header of a 405 (kept beside the routes).
ROUTE_METHODS: dict[str, tuple[str, ...]] = {
    "/environments": ("GET", "POST"),
    "/environments/credentials": ("GET",),
    "/requests": ("GET", "DELETE"),
    "/outbox": ("GET", "DELETE"),
    "/reset": ("POST",),
    "/clock": ("GET",),
    "/clock/advance": ("POST",),
    "/webauthn": ("GET", "PUT"),
    "/throttling": ("GET", "PUT"),
    "/coverage": ("GET",),
}


def handle(
    gateway: Gateway, method: str, path: str, query: dict[str, str], body: Any, request: Request
) -> tuple[int, Any]:
    route = path[len("/_emulator") :].rstrip("/")
    base = str(request.base_url).rstrip("/")
    emulation = gateway.emulation
    if route.startswith("/users/"):
        return _user_action(gateway, environment(gateway, query), method, route[len("/users/") :])
    if route == "/environments":
        if method == "GET":
            return 200, [describe(e, base) for e in emulation.all()]
        if method == "POST":
            body = body or {}
            if not isinstance(body, dict):
                raise BadRequest("Expected a JSON object")
            # Non-string credentials were stored as given (a number as the API key) and every later
            # /auth/vendor call for that environment then failed with a 500.
            for name in ("clientId", "apiKey"):
                if body.get(name) is not None and (not isinstance(body[name], str) or not body[name]):
                    raise BadRequest(f"{name} must be a non-empty string")
            try:
                env = emulation.create_environment(body.get("clientId"), body.get("apiKey"))
            except ValueError as err:
                raise Conflict(str(err)) from None  # the only refusal: the client id is taken
            return 201, describe(env, base, with_secret=True)
    elif route == "/environments/credentials":
        if method == "GET":
            return 200, describe(environment(gateway, query), base, with_secret=True)
    elif route == "/requests":
        if method == "GET":
            entries = gateway.requests.entries(request_filter(query), _limit(query, gateway.requests.size))
            return 200, {"requests": [e.to_json() for e in entries], "size": gateway.requests.size}
        if method == "DELETE":
            gateway.requests.clear()
            return 200, {"requests": []}
    elif route == "/outbox":
        env = environment(gateway, query)
        if method == "GET":
            messages = [
                asdict(m) for m in env.outbox if query.get("to") in (None, m.to) and query.get("kind") in (None, m.kind)
            ]
            return 200, {"messages": messages}
        if method == "DELETE":
            with emulation.transaction(env):
                env.outbox.clear()
            return 200, {"messages": []}
    # The method is checked inside each route (as for the others): another method on a known route is a
    # 405, where "route and method" in the condition answered 404 "No emulator route".
    elif route == "/reset":
        if method == "POST":
            env = environment(gateway, query)
            emulation.reset(env)
            return 200, describe(env, base)
    elif route == "/clock":
        env = environment(gateway, query)
        if method == "GET":
            return 200, {"now": security.now(env), "offset": env.clock_offset}
    elif route == "/clock/advance":
        if method == "POST":
            env = environment(gateway, query)
            seconds = (body or {}).get("seconds") if isinstance(body, dict) else None
            # Bounded: an infinite or astronomically large offset made every later timestamp overflow (500s
            # on each token or date the environment produced), and it was persisted.
            if (
                not isinstance(seconds, int | float)
                or isinstance(seconds, bool)
                or not 0 <= seconds <= MAX_CLOCK_OFFSET - env.clock_offset
            ):
                raise BadRequest(f"seconds must be a number from 0 to {MAX_CLOCK_OFFSET - env.clock_offset:.0f}")
            with emulation.transaction(env):
                env.clock_offset += float(seconds)
            return 200, {"now": security.now(env), "offset": env.clock_offset}
    elif route == "/webauthn":
        env = environment(gateway, query)
        if method == "GET":
            return 200, env.policies.get("webauthn", {})
        if method == "PUT":
            if not isinstance(body, dict) or not isinstance(body.get("rpId"), str):
                raise BadRequest("rpId is required")
            origins = body.get("origins") or [f"http://{body['rpId']}", f"https://{body['rpId']}"]
            # A number here was a 500 (iterated below), a string was split into one-letter origins.
            if not isinstance(origins, list) or not all(isinstance(o, str) for o in origins):
                raise BadRequest("origins must be a list of strings")
            with emulation.transaction(env):
                env.policies["webauthn"] = {
                    "rpId": body["rpId"],
                    "rpName": str(body.get("rpName") or "Frontegg emulator"),
                    "origins": [str(o) for o in origins],
                }
            return 200, env.policies["webauthn"]
    elif route == "/throttling":
        env = environment(gateway, query)
        if method == "GET":
            return 200, throttle.settings(env)
        if method == "PUT":
            with emulation.transaction(env):
                return 200, throttle.configure(env, body)
    elif route == "/coverage":
        if method == "GET":
            return 200, coverage(gateway)
    else:
        raise NotFound(f"No emulator route {route}")
    raise MethodNotAllowed(f"{method} is not allowed on /_emulator{route}", allow=ROUTE_METHODS[route])
