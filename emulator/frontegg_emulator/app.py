"""The HTTP layer: Frontegg's gateway surface on Starlette.

``/identity/...`` (and ``/frontegg/identity/...``, the prefix Frontegg's browser client adds) is routed
by the spec; ``/auth/vendor`` issues environment tokens; ``/.well-known/jwks.json`` publishes signing
keys; ``/tenants/...`` is the Tenants API companion, routed by ``openapi/tenants.yaml`` as identity is
by its spec; ``/_emulator/`` is the emulator's own admin surface (JSON) and ``/_emulator/`` itself with
``/_emulator/ui/...`` its web UI (HTML). Each request is authenticated, validated against the spec, run
under its environment's lock in a worker thread, and answered in Frontegg's error shape on failure.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
import time
from collections.abc import Callable, Mapping
from functools import cached_property, lru_cache
from typing import Any, Literal
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import admin, admin_access, handlers, selfcheck, webui
from .domain import access, origins, proxies, restrictions, security
from .domain.model import Environment
from .errors import (
    BadRequest,
    EmulatorError,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    NotImplementedYet,
    Unauthorized,
)
from .handlers import api_tokens as api_token_handlers
from .handlers import public
from .handlers.base import ENVIRONMENT_WIDE, HANDLERS, Context, Reply
from .handlers.base import encode_json as _encode_json
from .permissions import required_permission
from .requestlog import RequestEntry, RequestLog
from .spec import Operation, Spec, environment_auth_spec_path, tenants_spec_path, unpublished_spec_path
from .state import Busy, Emulation

log = logging.getLogger("frontegg_emulator")
IDENTITY_PREFIXES = ("/identity", "/frontegg/identity")
TENANTS_PREFIX = "/tenants"
TRACE_HEADER = "frontegg-trace-id"
# Paths Frontegg serves that its published spec leaves out, answered by the documented operation with
# the same response. Evidence: @frontegg/rest-api 7.119.0 (the browser client) calls
# GET /frontegg/identity/resources/users/v3/me/tenants after every login, activation and sign-up
# (auth/utils.js getCurrentUserTenantsFunction -> users/index.js getCurrentUserTenantsV3) and types it
# as GetCurrentUserTenantsResponse {tenants, activeTenant}, exactly as v1 (users/index.d.ts);
# tests/sdk/test_rest_api.py drives it.
UNDOCUMENTED_ALIASES = {
    ("GET", "/resources/users/v3/me/tenants"): "/resources/users/v1/me/tenants",
    # The legacy users listing: rust-frontegg list_users (src/client/users.rs) pages GET users/v1 with
    # _limit and _offset (a page index) until _metadata.totalPages, optionally scoped by
    # frontegg-tenant-id; getUsers (v3) answers that shape with the same parameters.
    ("GET", "/resources/users/v1"): "/resources/users/v3",
    # The v1 path of API-token login that most public clients call: v2's request, with its answer in
    # camelCase (LEGACY_VIEWS). The Materialize CLI (MaterializeInc/materialize, MACHINE_AUTH_URL,
    # OauthResponse read as accessToken) and Mona Labs' Python client (AUTH_API_TOKEN_URL and
    # REFRESH_TOKEN_URL; it reads accessToken, refreshToken and expires as an RFC 1123 date) post
    # {clientId, secret} and {refreshToken} there.
    ("POST", "/resources/auth/v1/api-token"): "/resources/auth/v2/api-token",
    ("POST", "/resources/auth/v1/api-token/token/refresh"): "/resources/auth/v2/api-token/token/refresh",
}
# The environment's own security policies, whatever account the caller acts in: @frontegg/rest-api
# 7.119.0 auth/secutiry-poilicy/index.js getVendorMfaPolicy, getVendorLockoutPolicy and
# getVendorPasswordHistoryPolicy GET these, typed as getMfaPolicy, getLockoutPolicy and
# getPasswordHistoryPolicy are (ISecurityPolicyMfa, ISecurityPolicyLockout,
# ISecurityPolicyPasswordHistory in its index.d.ts): the documented reads at environment level.
ENVIRONMENT_LEVEL_ALIASES = {
    ("GET", f"/resources/configurations/v1/{policy}/vendor"): f"/resources/configurations/v1/{policy}"
    for policy in ("mfa-policy", "lockout-policy", "password-history-policy")
}
UNDOCUMENTED_ALIASES.update(ENVIRONMENT_LEVEL_ALIASES)
LEGACY_VIEWS: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("POST", "/resources/auth/v1/api-token"): api_token_handlers.v1_view,
    ("POST", "/resources/auth/v1/api-token/token/refresh"): api_token_handlers.v1_view,
}


def json_response(body: Any, status: int, trace_id: str, headers: Mapping[str, str] | None = None) -> Response:
    all_headers = {TRACE_HEADER: trace_id, **(headers or {})}
    if body is None:
        return Response(status_code=status, headers=all_headers)
    payload = _encode_json(body)
    return Response(payload, status_code=status, headers=all_headers, media_type="application/json")


def error_response(err: EmulatorError, trace_id: str) -> Response:
    return json_response(err.body(), err.status, trace_id, err.headers())


class Gateway:
    """Routes one request to its operation and runs it; holds no state of its own besides config."""

    def __init__(
        self,
        emulation: Emulation,
        spec: Spec,
        tenants_spec: Spec | None = None,
        unpublished_spec: Spec | None = None,
    ) -> None:
        self.emulation = emulation
        self.spec = spec
        self.tenants_spec = tenants_spec or Spec.load(tenants_spec_path())
        # Identity operations Frontegg's clients call that its published spec omits: routed after the
        # published ones, under the same prefixes (openapi/identity-unpublished.yaml).
        self.unpublished_spec = unpublished_spec or Spec.load_companion(unpublished_spec_path(), spec)
        self.requests = RequestLog()
        handlers.load_all()
        served = set(spec.operations) | set(self.tenants_spec.operations) | set(self.unpublished_spec.operations)
        unknown = sorted(set(HANDLERS) - served - handlers.EXTRA_OPERATIONS)
        if unknown:
            raise RuntimeError(f"handlers for operations the spec does not have: {unknown}")

    # ------------------------------------------------------------------ entry
    async def __call__(self, request: GatewayRequest) -> Response:
        # 32 hex digits as uuid4().hex gave, from os.urandom directly: uuid4 took twice as long.
        trace_id = os.urandom(16).hex()
        started = time.perf_counter()
        origin = request.first_header("origin")
        if origin is not None:
            # Answered before routing, as Frontegg's gateway does: a preflight carries no token and
            # may name any path, including ones that answer 404 or 405 to the real request.
            allowed = await run_in_threadpool(self._origin_allowed, request, origin)
            if request.method == "OPTIONS" and "access-control-request-method" in request.headers:
                return _preflight(request, origin, allowed, trace_id)
        raw = await request.body()
        error: str | None = None
        try:
            response = await self._dispatch(request, raw, trace_id)
        except EmulatorError as err:
            error = "; ".join(err.errors)
            response = error_response(err, trace_id)
        except Exception:  # a bug of ours, never the caller's input: log it, answer 500
            log.exception("unhandled error in %s %s (trace %s)", request.method, request.url.path, trace_id)
            error = "Internal emulator error"
            response = json_response(
                {"errors": ["Internal emulator error"], "errorCode": "ER-EMU-00500"}, 500, trace_id
            )
        check = selfcheck.mode()
        if check is not None:
            response = self._self_check(request, response, trace_id, check)
        if origin is not None:
            _cors_headers(response, origin, allowed)
        self._record(request, response, trace_id, started, error)
        return response

    async def _dispatch(self, request: GatewayRequest, raw: bytes, trace_id: str) -> Response:
        """Run the request in a worker thread, or a GET of an operation on the event loop itself when its
        environment is free: the hand-over to a thread and back cost about a quarter of a GET user by id
        (make bench, py-spy). A GET that would wait for the lock (a login hashing a password holds it)
        goes to a thread as every other request does, so the loop never waits for a lock."""
        if request.method == "GET":
            try:
                return self._handle(request, raw, trace_id, inline=True)
            except Busy:
                pass
        return await run_in_threadpool(self._handle, request, raw, trace_id)

    def _self_check(self, request: GatewayRequest, response: Response, trace_id: str, check: str) -> Response:
        """Hold an answer to a spec operation to that operation's documented responses (selfcheck.py)."""
        checked = request.scope.get("state", {}).get("spec_operation")
        if checked is None:  # not a spec operation: the admin surface, the web UI, an unknown path
            return response
        spec, op = checked
        problems = spec.check_response(op, response.status_code, response.body, response.headers.get("content-type"))
        if not problems:
            return response
        finding = selfcheck.Finding(
            op.operation_id, request.method.upper(), request.scope["path"], response.status_code, tuple(problems)
        )
        selfcheck.record(finding)
        if check == "log":
            return response
        body = {
            "errors": [f"The emulator's answer does not match the spec: {finding}"],
            "errorCode": selfcheck.ERROR_CODE,
        }
        return json_response(body, 500, trace_id)

    @cached_property
    def environment_auth_spec(self) -> Spec:
        # Read only by the self-check: the /auth/vendor route itself needs no spec.
        return Spec.load(environment_auth_spec_path())

    def _origin_allowed(self, request: GatewayRequest, origin: str) -> bool:
        # By host alone: a preflight sends neither a token nor frontegg-vendor-host, and the real
        # request must be judged the same way or a page passes the preflight and fails the call.
        host = request.headers.get("host", "")
        env = self.emulation.by_host(host) if host else None
        env = env or self.emulation.default
        with self.emulation.transaction(env):
            return origins.matches(origins.allowed_origins(env, self.emulation.allowed_origins), origin)

    def _record(
        self, request: GatewayRequest, response: Response, trace_id: str, started: float, error: str | None
    ) -> None:
        path = request.scope["path"]
        if webui.is_ui_path(path):  # the UI's own pages and polls would crowd out the app's requests
            return
        state = request.scope.get("state", {})
        self.requests.add(
            RequestEntry(
                trace_id=trace_id,
                at=time.time(),
                method=request.method.upper(),
                path=path,  # never the query string: tokens and codes travel there
                status=response.status_code,
                duration_ms=(time.perf_counter() - started) * 1000,
                operation_id=state.get("operation_id"),
                client_id=state.get("client_id"),
                error=error,
            )
        )

    def _handle(self, request: GatewayRequest, raw: bytes, trace_id: str, *, inline: bool = False) -> Response:
        """Route and run one request. ``inline`` (on the event loop): only an identity operation whose
        environment is free runs; anything else raises ``Busy`` before doing any work."""
        # The raw path: Starlette's URL parsing drops \n, \r and \t that a path parameter may carry.
        path = request.scope["path"]
        method = request.method.upper()
        for prefix in IDENTITY_PREFIXES:
            if path == prefix or path.startswith(prefix + "/"):
                tail = path[len(prefix) :].rstrip("/") or "/"
                return self._operation(
                    self.spec,
                    request,
                    method,
                    UNDOCUMENTED_ALIASES.get((method, tail), tail),
                    raw,
                    trace_id,
                    view=LEGACY_VIEWS.get((method, tail)),
                    inline=inline,
                    environment_level=(method, tail) in ENVIRONMENT_LEVEL_ALIASES,
                )
        if inline:
            raise Busy(path)
        if path.rstrip("/") == "/auth/vendor":
            if method != "POST":
                raise MethodNotAllowed("Use POST", allow=["POST"])
            if selfcheck.mode() is not None:
                auth = self.environment_auth_spec
                request.state.spec_operation = (auth, auth.operations["authenticateEnvironment"])
            return self._vendor_auth(raw, trace_id)
        if path == "/.well-known/jwks.json":
            keys = [k for env in self.emulation.all() for k in security.jwks(env)["keys"]]
            return json_response({"keys": keys}, 200, trace_id)
        if admin_access.is_admin_path(path):
            token = self.emulation.admin_token
            if token is not None and path == admin_access.SIGN_IN:
                return admin_access.sign_in(token, request, method, raw, webui.SECURITY_HEADERS)
            if not admin_access.permits(token, request):
                if admin_access.wants_html(request):
                    return admin_access.sign_in(token or "", request, "GET", b"", webui.SECURITY_HEADERS)
                response = error_response(admin_access.refusal(), trace_id)
                response.headers["www-authenticate"] = 'Bearer realm="frontegg-emulator admin"'
                return response
        if webui.is_ui_path(path):
            return webui.handle(self, request, method, path, raw)
        if path.startswith("/_emulator"):
            status, body = admin.handle(self, method, path, _query(request), _json(raw), request)
            return json_response(body, status, trace_id)
        if path.startswith(TENANTS_PREFIX + "/"):
            tail = path[len(TENANTS_PREFIX) :].rstrip("/") or "/"
            return self._operation(self.tenants_spec, request, method, tail, raw, trace_id)
        if path.rstrip("/") == "/vendors":
            return self._vendors(request, method, raw, trace_id)
        tail = path[len("/frontegg") :] if path.startswith("/frontegg/") else path
        if tail in public.GATEWAY_ROUTES:
            return self._public(request, public.GATEWAY_ROUTES, method, tail, trace_id)
        raise NotFound(f"No route for {method} {path}")

    # ------------------------------------------------------------------ gateway pieces
    def _vendor_auth(self, raw: bytes, trace_id: str) -> Response:
        body = _json(raw)
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("clientId"), str)
            or not isinstance(body.get("secret"), str)
        ):
            raise BadRequest("clientId and secret are required strings")
        env = self.emulation.by_client_id(body["clientId"])
        if env is None:
            raise Unauthorized("Invalid authentication", code="ER-01002")
        with self.emulation.transaction(env):
            return json_response(access.issue_environment_token(env, body["clientId"], body["secret"]), 200, trace_id)

    def _vendors(self, request: GatewayRequest, method: str, raw: bytes, trace_id: str) -> Response:
        env, principal = self._authenticate(request, required=True)
        if principal is None or principal.kind != access.ENVIRONMENT:
            raise Forbidden("/vendors needs an environment token", code="ER-01004")
        defaults = self.emulation.allowed_origins
        if method == "GET":
            with self.emulation.transaction(env):
                return json_response(public.vendor_document(env, defaults), 200, trace_id)
        if method == "PUT":
            body = _json(raw)
            with self.emulation.transaction(env):
                return json_response(public.update_vendor(env, body, defaults), 200, trace_id)
        raise MethodNotAllowed(f"{method} is not allowed on /vendors", allow=["GET", "PUT"])

    def _public(
        self, request: GatewayRequest, routes: dict[str, public.PublicRoute], method: str, path: str, trace_id: str
    ) -> Response:
        if path in public.SIGNED_IN_ROUTES and routes is public.IDENTITY_ROUTES:
            env, _ = self._authenticate(request, required=True)
        else:
            env = self._environment_for(request)
        with self.emulation.transaction(env):
            return json_response(public.get(routes, env, method, path, _query(request)), 200, trace_id)

    # ------------------------------------------------------------------ operations of a spec
    def _operation(
        self,
        spec: Spec,
        request: GatewayRequest,
        method: str,
        path: str,
        raw: bytes,
        trace_id: str,
        *,
        view: Callable[[Any], Any] | None = None,
        inline: bool = False,
        environment_level: bool = False,
    ) -> Response:
        found = spec.resolve(method, path)
        if spec is self.spec:
            # The more specific template wins across the two documents, as within one: a literal
            # .../me/current of the companion before a published .../me/{id}.
            extra = self.unpublished_spec.resolve(method, path)
            if extra is not None and (found is None or extra[0].specificity > found[0].specificity):
                spec, found = self.unpublished_spec, extra
        if found is None:
            if inline:
                raise Busy(path)
            if spec is self.spec and path in public.IDENTITY_ROUTES:
                return self._public(request, public.IDENTITY_ROUTES, method, path, trace_id)
            allowed = spec.allowed_methods(path)
            if spec is self.spec:
                allowed = sorted({*allowed, *self.unpublished_spec.allowed_methods(path)})
            if allowed:
                raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=allowed) from None
            raise NotFound(f"No route for {method} {path}")
        op, path_params = found
        # What the request log and the self-check read back: request.state's own dict, written directly
        # (a State object per request for three names).
        state = request.scope.setdefault("state", {})
        state["operation_id"] = op.operation_id  # for the request log
        if view is None:
            # For the strict self-check; an undocumented path answered through a view of another
            # operation's body (LEGACY_VIEWS) answers in a shape no operation of the spec declares.
            state["spec_operation"] = (spec, op)
        env, token = self._token_environment(request)
        state["client_id"] = env.client_id
        # One lock acquisition for the whole request (make bench: three before, and the token check and
        # the handler could see different states of the environment).
        with self.emulation.transaction(env, wait=not inline):
            principal = self._principal(env, token, required=bool(op.security) and not op.anonymous)
            if op.anonymous and principal is not None and not _accepts(op, principal):
                # A public read: the browser client sends whatever token it holds on every call, and a
                # token the operation does not take for itself reads what anyone may read.
                principal = None
            self._authorize(op, principal, path)
            ctx = self._context(spec, request, env, op, path_params, principal, raw)
            ctx.environment_level = environment_level
            self._check_ip(env, ctx)
            handler = HANDLERS.get(op.operation_id)
            if handler is None:
                raise NotImplementedYet(f"The emulator does not implement {op.operation_id} yet")
            result = handler(ctx)
            reply = result if isinstance(result, Reply) else Reply(result)
            cookies = [*ctx.reply_cookies, *reply.cookies]
            same_site, secure = _cookie_attributes(env, request) if cookies else ("lax", False)
        if view is not None:
            reply.body = view(reply.body)
        response = json_response(reply.body, reply.status or op.success_status, trace_id, reply.headers)
        for cookie in cookies:
            response.set_cookie(
                cookie.name,
                cookie.value,
                max_age=cookie.max_age,
                path=cookie.path,
                httponly=cookie.http_only,
                samesite=same_site,
                secure=secure,
            )
        return response

    def _check_ip(self, env: Environment, ctx: Context) -> None:
        """IP restrictions apply to users (and logins); environment tokens are exempt so a vendor cannot
        lock itself out of its own environment. Called within the request's transaction."""
        if ctx.principal is not None and ctx.principal.kind == access.ENVIRONMENT:
            return
        tenant = ctx.principal.tenant_id if ctx.principal is not None else None
        restrictions.check_ip(env, ctx.client_ip, tenant)

    def _authenticate(self, request: GatewayRequest, *, required: bool) -> tuple[Environment, access.Principal | None]:
        env, token = self._token_environment(request)
        with self.emulation.transaction(env):
            return env, self._principal(env, token, required=required)

    def _token_environment(self, request: GatewayRequest) -> tuple[Environment, str | None]:
        """The environment a request addresses, and its bearer token ("" when no environment issued it:
        its audience, read unverified only to pick the key that verifies it, names none). No lock:
        registry lookups only."""
        token = _bearer(request)
        if token is not None:
            client_id = security.unverified_audience(token)
            env = self.emulation.by_client_id(client_id) if client_id else None
            if env is not None:
                return env, token
        return self._environment_for(request), None if token is None else ""

    def _principal(self, env: Environment, token: str | None, *, required: bool) -> access.Principal | None:
        """Who the token names, within the request's transaction; None when it names nobody and the
        operation takes anonymous callers."""
        if token is None:
            if required:
                raise Unauthorized("Authentication is required", code="ER-01003")
            return None
        if not token:  # no environment issued it
            if required:
                raise Unauthorized("Invalid or expired token", code="ER-01003")
            return None
        try:
            return access.principal_from_token(env, token)
        except Unauthorized:
            if required:
                raise
            return None

    def _environment_for(self, request: GatewayRequest) -> Environment:
        for host in (request.headers.get("frontegg-vendor-host"), request.headers.get("host")):
            if host:
                env = self.emulation.by_host(host)
                if env is not None:
                    return env
        return self.emulation.default

    def _authorize(self, op: Operation, principal: access.Principal | None, path: str) -> None:
        if not op.security or principal is None:
            return
        if not _accepts(op, principal):
            kind = "an environment" if principal.kind == access.ENVIRONMENT else "a user"
            raise Forbidden(f"This operation does not accept {kind} token", code="ER-01004")
        if op.operation_id in ENVIRONMENT_WIDE and principal.kind != access.ENVIRONMENT:
            raise Forbidden(
                "This setting applies to every account of the environment; change it with an environment token",
                code="ER-01004",
            )
        access.require(principal, required_permission(op, path))

    def _context(
        self,
        spec: Spec,
        request: GatewayRequest,
        env: Environment,
        op: Operation,
        path_params: dict[str, str],
        principal: access.Principal | None,
        raw: bytes,
    ) -> Context:
        headers = request.header_map
        # Starlette's URL (parsed twice: the query here, the base URL below) was a sixth of a GET user by
        # id (make bench, py-spy): an empty query string needs no parsing, and the gateway's URL depends
        # on a few fields of the scope only.
        query_raw = parse_qs(request.url.query, keep_blank_values=True) if request.scope.get("query_string") else {}
        path_values: dict[str, Any] = {}
        query: dict[str, Any] = {}
        for param in op.parameters:
            if param.location == "path":
                path_values[param.name] = spec.coerce_parameter(param, path_params[param.name])
            elif param.location == "query":
                values = query_raw.get(param.name)
                if values is None:
                    values = query_raw.get(param.name + "[]")
                if values is None:
                    if param.required:
                        raise BadRequest(f"query parameter {param.name} is required")
                    continue
                query[param.name] = spec.coerce_parameter(param, values)
            elif param.location == "header":
                value = headers.get(param.name.lower())
                if value is None:
                    if param.required:
                        raise BadRequest(f"header {param.name} is required")
                    continue
                spec.coerce_parameter(param, value)
        body: Any = None
        if op.body_schema is not None:
            if raw.strip():
                body = _json(raw)
                spec.validate(op.body_schema, body, "body")
            elif op.body_required:
                raise BadRequest("A JSON request body is required")
        gateway_url = request.gateway_url
        client = request.scope.get("client")
        return Context(
            env=env,
            op=op,
            path=path_values,
            query=query,
            headers=headers,
            body=body if body is not None else {},
            principal=principal,
            cookies=dict(request.cookies) if "cookie" in headers else {},
            client_ip=proxies.client_address(
                client[0] if client else "",
                # Read only behind a trusted proxy: client_address returns the peer at once without one.
                request.headers.getlist("x-forwarded-for") if self.emulation.trusted_proxies else [],
                self.emulation.trusted_proxies,
            ),
            user_agent=headers.get("user-agent", ""),
            gateway_url=gateway_url,
            app_url=origins.app_url(env, self.emulation.app_url, self.emulation.allowed_origins, headers.get("origin"))
            or gateway_url,
        )


# Headers a page may read from a cross-origin answer besides the CORS-safelisted ones: the trace id
# Frontegg's clients show with an error.
EXPOSED_HEADERS = TRACE_HEADER
PREFLIGHT_MAX_AGE = "600"


def _preflight(request: Request, origin: str, allowed: bool, trace_id: str) -> Response:
    if not allowed:
        # No CORS headers: the browser refuses the call, and a person reading the exchange sees why.
        err = Forbidden(f"Origin {origin} is not allowed for this environment", code="ER-EMU-00403")
        response = error_response(err, trace_id)
        response.headers["vary"] = "Origin"
        return response
    headers = {
        TRACE_HEADER: trace_id,
        "access-control-allow-origin": origin,
        "access-control-allow-credentials": "true",
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
        "access-control-max-age": PREFLIGHT_MAX_AGE,
        "vary": "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    }
    requested = request.headers.get("access-control-request-headers")
    if requested:
        headers["access-control-allow-headers"] = requested
    # Chromium's Private Network Access asks this when a public page calls a loopback gateway.
    if request.headers.get("access-control-request-private-network") == "true":
        headers["access-control-allow-private-network"] = "true"
    return Response(status_code=204, headers=headers)


def _cors_headers(response: Response, origin: str, allowed: bool) -> None:
    response.headers["vary"] = "Origin"
    if allowed:
        response.headers["access-control-allow-origin"] = origin
        response.headers["access-control-allow-credentials"] = "true"
        response.headers["access-control-expose-headers"] = EXPOSED_HEADERS


def _accepts(op: Operation, principal: access.Principal) -> bool:
    accepted = {"environmentToken": access.ENVIRONMENT, "userToken": access.USER}
    return principal.kind in {accepted[s] for s in op.security if s in accepted}


LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def _cookie_attributes(env: Environment, request: Request) -> tuple[Literal["lax", "strict", "none"], bool]:
    """SameSite from the environment's cookieSameSite (Frontegg's vendor setting, NONE by default), and
    Secure whenever the caller keeps a Secure cookie from this gateway: over https, and over http on
    loopback for a browser (it sent Origin, as Chromium does on every POST), since browsers treat
    loopback as a secure context. Programmatic clients over http (httpx, requests: Python's cookie jar
    returns Secure cookies only over https) would drop a Secure cookie, so they get one without it.
    SameSite=None without Secure is refused by browsers, so without Secure the cookie is Lax."""
    configured = str(env.policies.get("vendor", {}).get("cookieSameSite", "NONE")).lower()
    same_site: Literal["lax", "strict", "none"] = (
        "none" if configured == "none" else "strict" if configured == "strict" else "lax"
    )
    host = (request.url.hostname or "").lower()
    loopback = host in LOOPBACK_HOSTS or host.endswith(".localhost")
    secure = request.url.scheme == "https" or (loopback and "origin" in request.headers)
    if same_site == "none" and not secure:
        same_site = "lax"
    return same_site, secure


def _bearer(request: GatewayRequest) -> str | None:
    auth = request.first_header("authorization") or ""
    if auth[:7].lower() == "bearer " and auth[7:].strip():
        return auth[7:].strip()
    token = (request.first_header("x-access-token") or "").strip()
    return token or None


# Bounds on request bodies (issue 14, finding 6). A body nested 10,000 levels deep made the JSON
# parser raise RecursionError: a 500, on anonymous login too. No Frontegg body nests beyond a handful
# of levels. Numbers are taken as Node's JSON.parse takes them (Frontegg's services are Node.js): any
# integer the schema allows is accepted (Python keeps it exact), only a literal that is not a finite
# double (1e400) is refused. Handlers bound the integers they compute with.
MAX_JSON_DEPTH = 64
MAX_JSON_DIGITS = 400


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _bounded_int(text: str) -> int:
    # Beyond a double's range Node reads Infinity; the length check comes first because Python
    # refuses more than 4,300 digits with a ValueError that says nothing useful.
    if len(text) > MAX_JSON_DIGITS or abs(value := int(text)) > sys.float_info.max:
        raise _NumberTooLarge
    return value


def _bounded_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NumberTooLarge
    return value


class _NumberTooLarge(ValueError):
    pass


def _depth(value: Any) -> int:
    """Nesting depth of a parsed body, without recursion (the body is untrusted)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level <= MAX_JSON_DEPTH:
                stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _json(raw: bytes) -> Any:
    if not raw.strip():
        return None
    try:
        # NaN and Infinity are not JSON (RFC 8259), though Python's parser accepts them; let in, they
        # passed number checks and broke later arithmetic and the JSON of our own answers.
        body = json.loads(raw, parse_constant=_reject_constant, parse_int=_bounded_int, parse_float=_bounded_float)
    except _NumberTooLarge:
        raise BadRequest("A number in the request body is out of range (not a finite double)") from None
    except RecursionError:
        raise BadRequest(f"The request body nests deeper than {MAX_JSON_DEPTH} levels") from None
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("The request body is not valid JSON") from None
    if _depth(body) > MAX_JSON_DEPTH:
        raise BadRequest(f"The request body nests deeper than {MAX_JSON_DEPTH} levels")
    return body


def _query(request: Request) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(request.url.query).items()}


class GatewayRequest(Request):
    """Starlette's request, with what the gateway reads from every call computed once, from the scope."""

    _header_map: dict[str, str] | None = None

    @property
    def header_map(self) -> dict[str, str]:
        """Header names in lower case; of a repeated header, the last value. Computed once, kept without
        functools.cached_property, which on Python 3.11 takes a lock on every read (3% of a GET user by
        id in process, py-spy)."""
        found = self._header_map
        if found is None:
            found = self._header_map = {
                k.decode("latin-1").lower(): v.decode("latin-1") for k, v in self.scope["headers"]
            }
        return found

    def first_header(self, name: str) -> str | None:
        """``request.headers.get(name)``: of a repeated header, the first value (Starlette's rule)."""
        found = self.header_map
        if len(found) == len(self.scope["headers"]):  # no header repeated: first and last are one
            return found.get(name)
        return self.headers.get(name)

    async def body(self) -> bytes:
        """Starlette's ``Request.body`` without its async generator and ``aclosing`` (read once per
        request, a GET's body being one empty message): the same messages read, the same errors."""
        if not hasattr(self, "_body"):
            if self._stream_consumed:
                raise RuntimeError("Stream consumed")
            chunks: list[bytes] = []
            while not self._stream_consumed:
                message = await self._receive()
                if message["type"] == "http.request":
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body", False):
                        self._stream_consumed = True
                elif message["type"] == "http.disconnect":
                    self._is_disconnected = True
                    raise ClientDisconnect()
            self._body = b"".join(chunks)
        return self._body

    @property
    def gateway_url(self) -> str:
        """``str(request.base_url)`` without its trailing slash: what Starlette builds from these fields."""
        scope = self.scope
        server = scope.get("server")
        return _gateway_url(
            scope.get("scheme", "http"),
            None if server is None else tuple(server),
            scope.get("app_root_path", scope.get("root_path", "")),
            next((value for key, value in scope["headers"] if key == b"host"), None),
        )


@lru_cache(maxsize=256)  # bounded: the Host header is the caller's to choose
def _gateway_url(scheme: str, server: tuple[str, int] | None, root_path: str, host: bytes | None) -> str:
    scope: Scope = {
        "type": "http",
        "scheme": scheme,
        "server": server,
        "root_path": root_path,
        "path": "/",
        "query_string": b"",
        "headers": [] if host is None else [(b"host", host)],
    }
    return str(Request(scope).base_url).rstrip("/")


class EmulatorApp:
    """The ASGI application: every HTTP request goes to the gateway, whatever its path or method.

    No router sits in front: a router would answer unknown paths (or path parameters with control
    characters) in its own plain-text shape instead of Frontegg's error body.
    """

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan and websockets: nothing to do
            return
        response = await self.gateway(GatewayRequest(scope, receive))
        await response(scope, receive, send)


def create_app(emulation: Emulation, spec: Spec | None = None) -> EmulatorApp:
    return EmulatorApp(Gateway(emulation, spec or Spec.load()))
