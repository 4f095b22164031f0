"""Exceptions for Frontegg's error answers and for bad client configuration.

Frontegg reports a failure as ``{"errors": [...], "errorCode": ..., "errorCodes": [...], "context":
{...}}`` with a ``frontegg-trace-id`` response header. :class:`FronteggError` keeps each of those
fields, so callers can branch on ``error_code`` and quote ``trace_id`` to Frontegg support, and one
subclass per common status lets them catch just the case they handle. Nothing here ever keeps the
request: its headers carry tokens and its body may carry passwords or one-time codes.

The generated package already has ``errors.UnexpectedStatus`` for undocumented statuses; this module
is the hand-written counterpart for documented error answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

import httpx

__all__ = [
    "HANDLED_STATUSES",
    "TRACE_ID_HEADER",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenError",
    "FronteggError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "UnauthorizedError",
    "async_raise_on_error",
    "error_from_response",
    "raise_for_error",
    "raise_on_error",
]

TRACE_ID_HEADER = "frontegg-trace-id"

HANDLED_STATUSES = "frontegg_identity.handled_statuses"
"""Request extension: statuses that an auth flow answers itself (by refreshing its token and
retrying, or by raising AuthenticationError). httpx runs response hooks on every response inside an
auth flow, so :func:`raise_on_error` must let these through or it would pre-empt the refresh."""


class ConfigurationError(ValueError):
    """The client was configured with a value it cannot use (unknown region, malformed URL, missing
    credentials). A ValueError, because the caller passed a bad value; raised before any request."""


class FronteggError(Exception):
    """Frontegg answered with an error status.

    ``errors`` are Frontegg's human-readable messages, ``error_code``/``error_codes`` its
    machine-readable codes, ``context`` any structured detail, ``trace_id`` the value of the
    ``frontegg-trace-id`` header that Frontegg support asks for.
    """

    status_code: int
    errors: list[str]
    error_code: str | None
    error_codes: list[str]
    context: dict[str, Any] | None
    trace_id: str | None

    def __init__(
        self,
        status_code: int,
        errors: Sequence[str] = (),
        *,
        error_code: str | None = None,
        error_codes: Sequence[str] = (),
        context: Mapping[str, Any] | None = None,
        trace_id: str | None = None,
    ) -> None:
        self.status_code = int(status_code)
        self.errors = list(errors)
        self.error_code = error_code
        self.error_codes = list(error_codes)
        self.context = dict(context) if context is not None else None
        self.trace_id = trace_id
        super().__init__(self.status_code, self.errors)

    @property
    def message(self) -> str:
        """Frontegg's messages joined, or the status phrase when the body had none."""
        return "; ".join(self.errors) or _phrase(self.status_code)

    def __str__(self) -> str:
        text = f"{self.status_code} {_phrase(self.status_code)}"
        if self.errors:
            text += f": {self.message}"
        if self.error_code:
            text += f" [{self.error_code}]"
        if self.trace_id:
            text += f" (trace id {self.trace_id})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"


class BadRequestError(FronteggError):
    """400: the request was malformed or failed validation."""


class UnauthorizedError(FronteggError):
    """401: the token was missing, expired or refused."""


class ForbiddenError(FronteggError):
    """403: the token is valid but lacks the permission, or a policy (IP, MFA) forbids the call."""


class NotFoundError(FronteggError):
    """404: the user, tenant or other resource does not exist."""


class ConflictError(FronteggError):
    """409: the resource already exists or is in a state that forbids the change."""


class RateLimitError(FronteggError):
    """429: too many requests; RetryTransport can retry these for idempotent methods."""


class ServerError(FronteggError):
    """5xx: Frontegg (or a proxy in front of it) failed; usually worth retrying later."""


class AuthenticationError(FronteggError):
    """Frontegg refused to issue a token: bad environment credentials, or an expired or revoked
    refresh token. Raised by EnvironmentAuth and UserAuth; carries Frontegg's answer, never the
    credentials that were sent."""

    def __str__(self) -> str:
        return f"Frontegg refused to issue a token: {super().__str__()}"


_BY_STATUS: dict[int, type[FronteggError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


class _ResponseLike(Protocol):
    """What both httpx.Response and the generated types.Response offer."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


_R = TypeVar("_R", bound=_ResponseLike)


def raise_for_error(response: _R) -> _R:
    """Raise the FronteggError subclass for ``response``'s status unless it succeeded.

    Accepts an ``httpx.Response`` whose body has been read (the hooks below read it) or the
    generated ``types.Response`` of any ``*_detailed`` call, and returns it unchanged when it is a success or a
    redirect, so calls can be chained. The exception is built from the response alone.
    """
    if not _is_error(response.status_code, response.headers):
        return response
    raise error_from_response(response)


def error_from_response(response: _ResponseLike, cls: type[FronteggError] | None = None) -> FronteggError:
    """Build (not raise) the exception for an error response; ``cls`` overrides the status mapping."""
    status = int(response.status_code)
    if cls is None:
        cls = _BY_STATUS.get(status, ServerError if status >= 500 else FronteggError)
    body = _json_object(response.content)
    return cls(
        status,
        _strings(body.get("errors", body.get("message"))),
        error_code=_optional_str(body.get("errorCode")),
        error_codes=_strings(body.get("errorCodes")),
        context=body["context"] if isinstance(body.get("context"), dict) else None,
        trace_id=_header(response.headers, TRACE_ID_HEADER),
    )


def raise_on_error(response: httpx.Response) -> None:
    """httpx response hook for ``httpx.Client``: raise FronteggError on every error status.

    Install it with ``httpx.Client(event_hooks={"response": [raise_on_error]})``; ``connect(...,
    raise_on_error=True)`` does. Redirects pass (httpx may follow them), and so do the statuses an
    auth flow handles itself (see HANDLED_STATUSES).
    """
    if _is_error(response.status_code, response.headers) and not _handled_by_auth(response):
        response.read()
        raise_for_error(response)


async def async_raise_on_error(response: httpx.Response) -> None:
    """The same hook for ``httpx.AsyncClient``, which awaits its hooks and needs ``aread()``."""
    if _is_error(response.status_code, response.headers) and not _handled_by_auth(response):
        await response.aread()
        raise_for_error(response)


def _is_error(status: int, headers: Mapping[str, str]) -> bool:
    if 200 <= status < 300:
        return False
    # a redirect is an instruction, not a failure; httpx follows it when asked to
    return not (300 <= status < 400 and _header(headers, "location") is not None)


def _handled_by_auth(response: httpx.Response) -> bool:
    handled = response.request.extensions.get(HANDLED_STATUSES, ())
    return response.status_code in handled


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown Status"


def _json_object(content: bytes) -> dict[str, Any]:
    """The body as a JSON object, or {} for anything else (an HTML page from a proxy, say)."""
    try:
        body = json.loads(content) if content else None
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _strings(value: object) -> list[str]:
    """Frontegg sends a list of strings; some endpoints (NestJS defaults) send one string."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item if isinstance(item, str) else json.dumps(item) for item in value]
    return []


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive lookup: httpx.Headers is, but a plain mapping may not be."""
    value = headers.get(name)
    if value is None and not isinstance(headers, httpx.Headers):
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return value
