"""FronteggError and friends: Frontegg's error shape in, one exception per status out, no secrets."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontegg_identity.exceptions import (
    HANDLED_STATUSES,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    FronteggError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    async_raise_on_error,
    raise_for_error,
    raise_on_error,
)
from frontegg_identity.types import Response

pytestmark = pytest.mark.anyio

SECRET_TOKEN = "Bearer eyJ-secret-token"
SECRET_BODY = b'{"password": "hunter2-secret"}'


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def answer(
    status: int, body: Any = None, *, content: bytes | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    request = httpx.Request(
        "POST", "https://api.frontegg.com/identity/x", headers={"Authorization": SECRET_TOKEN}, content=SECRET_BODY
    )
    if content is None and body is not None:
        return httpx.Response(status, json=body, headers=headers, request=request)
    return httpx.Response(status, content=content or b"", headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, FronteggError),
    ],
)
def test_each_status_has_its_exception(status: int, cls: type[FronteggError]) -> None:
    with pytest.raises(cls) as caught:
        raise_for_error(answer(status, {"errors": ["nope"]}))
    assert type(caught.value) is cls
    assert caught.value.status_code == status


def test_all_of_frontegg_s_fields_are_kept_and_shown_without_the_request() -> None:
    body = {
        "errors": ["User not found", "Check the id"],
        "errorCode": "ER-01001",
        "errorCodes": ["ER-01001", "ER-01002"],
        "context": {"userId": "u-1"},
    }
    response = answer(404, body, headers={"frontegg-trace-id": "trace-9"})
    with pytest.raises(NotFoundError) as caught:
        raise_for_error(response)

    error = caught.value
    assert error.errors == ["User not found", "Check the id"]
    assert error.error_code == "ER-01001"
    assert error.error_codes == ["ER-01001", "ER-01002"]
    assert error.context == {"userId": "u-1"}
    assert error.trace_id == "trace-9"
    assert str(error) == "404 Not Found: User not found; Check the id [ER-01001] (trace id trace-9)"
    for text in (str(error), repr(error), repr(error.args)):
        assert "secret" not in text


def test_the_generated_response_is_accepted_with_any_header_case() -> None:
    response: Response[None] = Response(
        status_code=HTTPStatus.CONFLICT,
        content=b'{"errors": ["User already exists"]}',
        headers={"Frontegg-Trace-Id": "trace-3"},
        parsed=None,
    )
    with pytest.raises(ConflictError, match=r"409 Conflict: User already exists \(trace id trace-3\)"):
        raise_for_error(response)


def test_successes_and_redirects_are_returned_unchanged() -> None:
    ok = answer(200, {"id": "u-1"})
    assert raise_for_error(ok) is ok
    redirect = answer(302, headers={"location": "https://example.com/next"})
    assert raise_for_error(redirect) is redirect
    with pytest.raises(FronteggError):
        raise_for_error(answer(304))


@pytest.mark.parametrize(
    ("content", "errors", "text"),
    [
        (b"<html>Bad gateway</html>", [], "502 Bad Gateway"),
        (b'{"message": "Internal error", "statusCode": 502}', ["Internal error"], "502 Bad Gateway: Internal error"),
        (b'["not", "an", "object"]', [], "502 Bad Gateway"),
        (b"", [], "502 Bad Gateway"),
    ],
)
def test_bodies_not_in_frontegg_s_shape_still_make_a_clear_error(content: bytes, errors: list[str], text: str) -> None:
    with pytest.raises(ServerError) as caught:
        raise_for_error(answer(502, content=content))
    assert caught.value.errors == errors
    assert str(caught.value) == text


@given(
    status=st.integers(400, 599),
    body=st.one_of(st.binary(max_size=64), st.recursive(st.none() | st.text() | st.integers(), st.lists)),
)
def test_any_error_body_gives_a_frontegg_error(status: int, body: Any) -> None:
    response = answer(status, content=body) if isinstance(body, bytes) else answer(status, {"errors": body})
    with pytest.raises(FronteggError) as caught:
        raise_for_error(response)
    assert caught.value.status_code == status
    assert all(isinstance(e, str) for e in caught.value.errors)
    # The request's token and body stay out of the message; the word "secret" may well be in the answer's
    # own errors (hypothesis drew {"errors": "secret"}), so the check names the values themselves.
    assert "eyJ-secret-token" not in str(caught.value) and "hunter2" not in str(caught.value)


def test_the_hook_makes_every_error_raise() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/missing":
            return httpx.Response(404, json={"errors": ["User not found"]}, headers={"frontegg-trace-id": "t-1"})
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(handler)
    with httpx.Client(transport=transport, event_hooks={"response": [raise_on_error]}) as client:
        assert client.get("https://api.frontegg.com/ok").status_code == 200
        with pytest.raises(NotFoundError, match="User not found"):
            client.get("https://api.frontegg.com/missing")
        with pytest.raises(NotFoundError), client.stream("GET", "https://api.frontegg.com/missing"):
            pass  # the hook reads the error body even of a streamed response


def test_the_hook_lets_statuses_an_auth_flow_handles_through() -> None:
    response = answer(401, {"errors": ["expired"]})
    response.request.extensions[HANDLED_STATUSES] = (401,)
    raise_on_error(response)  # no exception: the auth flow will refresh and resend
    response.request.extensions[HANDLED_STATUSES] = ()
    with pytest.raises(UnauthorizedError):
        raise_on_error(response)


async def test_the_async_hook_makes_every_error_raise() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(403, json={"errors": ["IP not allowed"]}))
    async with httpx.AsyncClient(transport=transport, event_hooks={"response": [async_raise_on_error]}) as client:
        with pytest.raises(ForbiddenError, match="IP not allowed"):
            await client.get("https://api.frontegg.com/x")
