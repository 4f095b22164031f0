"""The emulator-only admin surface under /_emulator/, kept apart from the emulated API.

Like the Firebase Auth Emulator's, it lets tests read the codes and links the emulator "sent", reset
an environment, move its clock, and create isolated environments. The environment is chosen with the
``clientId`` query parameter (the default environment otherwise).

    GET    /_emulator/environments              list environments (no secrets)
    POST   /_emulator/environments              create one: {clientId?, apiKey?} -> credentials
    GET    /_emulator/outbox?to=&kind=          emails and SMS sent, newest last
    DELETE /_emulator/outbox                    forget them
    POST   /_emulator/reset                     wipe users, tenants, tokens and settings
    GET    /_emulator/clock                     the environment's current time
    POST   /_emulator/clock/advance             {seconds}: expire tokens and codes without waiting
    PUT    /_emulator/webauthn                  {rpId, rpName, origins}: relying party used for WebAuthn
    GET    /_emulator/coverage                  implemented / total operations
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from starlette.requests import Request

from .domain import security
from .domain.model import Environment
from .errors import BadRequest, MethodNotAllowed, NotFound
from .handlers.base import HANDLERS

if TYPE_CHECKING:
    from .app import Gateway


def _env(gateway: Gateway, query: dict[str, str]) -> Environment:
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
    total = sorted(gateway.spec.operations)
    missing = [op for op in total if op not in HANDLERS]
    return {"implemented": len(total) - len(missing), "total": len(total), "missing": missing}


def handle(
    gateway: Gateway, method: str, path: str, query: dict[str, str], body: Any, request: Request
) -> tuple[int, Any]:
    route = path[len("/_emulator") :].rstrip("/")
    base = str(request.base_url).rstrip("/")
    emulation = gateway.emulation
    if route == "/environments":
        if method == "GET":
            return 200, [describe(e, base) for e in emulation.environments.values()]
        if method == "POST":
            body = body or {}
            if not isinstance(body, dict):
                raise BadRequest("Expected a JSON object")
            try:
                env = emulation.create_environment(body.get("clientId"), body.get("apiKey"))
            except ValueError as err:
                raise BadRequest(str(err)) from None
            return 201, describe(env, base, with_secret=True)
    elif route == "/outbox":
        env = _env(gateway, query)
        if method == "GET":
            messages = [
                asdict(m) for m in env.outbox if query.get("to") in (None, m.to) and query.get("kind") in (None, m.kind)
            ]
            return 200, {"messages": messages}
        if method == "DELETE":
            with emulation.transaction(env):
                env.outbox.clear()
            return 200, {"messages": []}
    elif route == "/reset" and method == "POST":
        env = _env(gateway, query)
        emulation.reset(env)
        return 200, describe(env, base)
    elif route == "/clock":
        env = _env(gateway, query)
        if method == "GET":
            return 200, {"now": security.now(env), "offset": env.clock_offset}
    elif route == "/clock/advance" and method == "POST":
        env = _env(gateway, query)
        seconds = (body or {}).get("seconds") if isinstance(body, dict) else None
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
            raise BadRequest("seconds must be a non-negative number")
        with emulation.transaction(env):
            env.clock_offset += float(seconds)
        return 200, {"now": security.now(env), "offset": env.clock_offset}
    elif route == "/webauthn":
        env = _env(gateway, query)
        if method == "GET":
            return 200, env.policies.get("webauthn", {})
        if method == "PUT":
            if not isinstance(body, dict) or not isinstance(body.get("rpId"), str):
                raise BadRequest("rpId is required")
            origins = body.get("origins") or [f"http://{body['rpId']}", f"https://{body['rpId']}"]
            with emulation.transaction(env):
                env.policies["webauthn"] = {
                    "rpId": body["rpId"],
                    "rpName": str(body.get("rpName") or "Frontegg emulator"),
                    "origins": [str(o) for o in origins],
                }
            return 200, env.policies["webauthn"]
    elif route == "/coverage" and method == "GET":
        return 200, coverage(gateway)
    else:
        raise NotFound(f"No emulator route {route}")
    raise MethodNotAllowed(f"{method} is not allowed on /_emulator{route}")
