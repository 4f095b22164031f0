"""What a handler sees and returns, and the registry that binds handlers to operationIds.

A handler is a plain function ``(ctx) -> body | Reply`` registered with ``@operation("operationId")``.
It reads the already validated request from ``ctx``, calls domain code, and returns JSON-able data; the
HTTP layer (app.py) does the rest. Raising an ``errors.EmulatorError`` produces Frontegg's error body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..domain import access
from ..domain.model import Environment, User
from ..errors import BadRequest, Forbidden, NotFound, Unauthorized
from ..spec import Operation

_orjson: Any
try:  # a dependency of the package on CPython (pyproject.toml); the emulator works without it
    import orjson as _orjson
except ImportError:  # pragma: no cover - other interpreters
    _orjson = None


class EncodedJson(bytes):
    """An answer's body already encoded by ``encode_json`` (a view kept as bytes): sent as it is."""


def encode_json(body: Any) -> bytes:
    # orjson encodes a user's view several times faster than json, which took an eighth of a GET user
    # by id (make bench, py-spy). What it refuses (an integer beyond 64 bits, which a request may carry
    # and an answer echo; a key that is not a string) goes through json as before, and so does any type
    # neither knows, as str.
    if type(body) is EncodedJson:
        return body
    if _orjson is not None:
        try:
            # Dates and dataclasses to str as json's default=str made them, not orjson's own forms.
            options = _orjson.OPT_PASSTHROUGH_DATETIME | _orjson.OPT_PASSTHROUGH_DATACLASS
            encoded: bytes = _orjson.dumps(body, default=str, option=options)
            return encoded
        except TypeError:
            pass
    return json.dumps(body, separators=(",", ":"), default=str).encode()


@dataclass
class Cookie:
    name: str
    value: str = field(repr=False)  # a refresh token
    max_age: int | None = None
    path: str = "/"
    http_only: bool = True


@dataclass
class Reply:
    body: Any = field(default=None, repr=False)  # tokens of a login
    status: int | None = None  # None: the operation's documented success status
    headers: dict[str, str] = field(default_factory=dict)
    cookies: list[Cookie] = field(default_factory=list)


@dataclass
class Context:
    env: Environment
    op: Operation
    path: dict[str, Any]
    query: dict[str, Any] = field(repr=False)  # activation and reset tokens travel in queries too
    # Out of repr: the headers carry the bearer token, the body passwords and codes, the cookies the
    # refresh token (secrets never appear in repr, logs or exception messages).
    headers: Mapping[str, str] = field(repr=False)  # lower-case names
    body: Any = field(repr=False)
    principal: access.Principal | None
    cookies: Mapping[str, str] = field(repr=False)
    client_ip: str
    user_agent: str
    gateway_url: str
    # Where emailed links lead: the app that embeds the login box (domain.origins.app_url).
    app_url: str
    reply_cookies: list[Cookie] = field(default_factory=list, repr=False)
    # The call reads the environment's own document even for a caller that acts in an account (the
    # /vendor twins of the policy reads, app.ENVIRONMENT_LEVEL_ALIASES).
    environment_level: bool = False

    # ---- the user and account a call acts on
    def acting_user(self) -> User:
        """The caller's own user: a user token's (frontegg-user-id is then ignored), or the user the
        frontegg-user-id header names with an environment token, looked up in the caller's environment
        only (an unknown id is a 404)."""
        user_id = None
        if self.principal is not None and self.principal.kind == access.USER:
            user_id = self.principal.user_id
        else:
            user_id = self.headers.get("frontegg-user-id")
            if user_id == "":
                raise NotFound("User not found", code="ER-01001")
        if not user_id:
            if self.principal is None:
                raise Unauthorized("A user token is required")
            if self.principal.kind == access.USER:
                # An account API token's access token is a user-kind token that names no user: a 403
                # (every operation documents one), not the 400 about the environment token's header,
                # which getUserProfileV3 does not document (the strict self-check found it).
                raise Forbidden("This token acts for an account, not for a user")
            raise BadRequest("The frontegg-user-id header is required with an environment token")
        user = self.env.users.get(user_id)
        if user is None:
            raise NotFound("User not found", code="ER-01001")
        return user

    def tenant_id(self, *, required: bool = True) -> str | None:
        """The account the call acts in: a user token's own (a header naming another account is refused;
        without one the token's account is used, as Frontegg does for @frontegg/rest-api, which never
        sends it), else the frontegg-tenant-id header of an environment token; none on an
        environment-level read."""
        if self.environment_level and not required:
            return None
        tenant = self.headers.get("frontegg-tenant-id")
        if self.principal is not None and self.principal.kind == access.USER:
            if tenant and tenant != self.principal.tenant_id:
                raise Forbidden("A user token can only act in its own account")
            tenant = self.principal.tenant_id
        # An empty header is schema-valid and names no account: that is "not found", not "bad request".
        if tenant is not None and tenant not in self.env.tenants:
            raise NotFound("Tenant not found", code="ER-01011")
        if required and not tenant:
            raise BadRequest("The frontegg-tenant-id header is required")
        return tenant

    def account_id(self) -> str:
        """The account an account-scoped call acts in: the user token's, or the frontegg-tenant-id header
        with an environment token. Frontegg answers 403 "Tenant ID is not specified" without one; a header
        naming no account (even an empty one) is an unknown account (404)."""
        tenant = self.tenant_id(required=False)
        if tenant is None:
            raise Forbidden("Tenant ID is not specified", code="ER-01011")
        return tenant

    def require_permission(self, permission: str | None) -> None:
        if self.principal is not None:
            access.require(self.principal, permission)


Handler = Callable[[Context], Any]
HANDLERS: dict[str, Handler] = {}
# Operations that change a setting of the whole environment, which every account then sees. The spec
# lets some accept a user token (an account admin's); the gateway refuses those tokens here, so one
# account's admin cannot change the password policy or MFA strategies of every other account.
ENVIRONMENT_WIDE: set[str] = set()


def operation(*operation_ids: str, environment_wide: bool = False) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for op_id in operation_ids:
            if op_id in HANDLERS:
                raise RuntimeError(f"two handlers for {op_id}")
            HANDLERS[op_id] = fn
            if environment_wide:
                ENVIRONMENT_WIDE.add(op_id)
        return fn

    return register
