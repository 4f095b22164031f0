from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unlock_user_request import UnlockUserRequest
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: UnlockUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v3/me/unlock",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_body(response))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnlockUserRequest,
) -> Response[Any | ErrorResponse]:
    """Unlock a locked account with a token

     Releases the lock on a user account when the caller presents a valid unlock token in the body.
    Called from the emailed unlock link by the locked-out user, who cannot sign in and so sends no token
    (evidence - @frontegg/rest-api 7.119.0 users.unlockMe posts only `{token}`); returns no body on
    success.

    Args:
        body (UnlockUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UnlockUserRequest,
) -> Any | ErrorResponse | None:
    """Unlock a locked account with a token

     Releases the lock on a user account when the caller presents a valid unlock token in the body.
    Called from the emailed unlock link by the locked-out user, who cannot sign in and so sends no token
    (evidence - @frontegg/rest-api 7.119.0 users.unlockMe posts only `{token}`); returns no body on
    success.

    Args:
        body (UnlockUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnlockUserRequest,
) -> Response[Any | ErrorResponse]:
    """Unlock a locked account with a token

     Releases the lock on a user account when the caller presents a valid unlock token in the body.
    Called from the emailed unlock link by the locked-out user, who cannot sign in and so sends no token
    (evidence - @frontegg/rest-api 7.119.0 users.unlockMe posts only `{token}`); returns no body on
    success.

    Args:
        body (UnlockUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnlockUserRequest,
) -> Any | ErrorResponse | None:
    """Unlock a locked account with a token

     Releases the lock on a user account when the caller presents a valid unlock token in the body.
    Called from the emailed unlock link by the locked-out user, who cannot sign in and so sends no token
    (evidence - @frontegg/rest-api 7.119.0 users.unlockMe posts only `{token}`); returns no body on
    success.

    Args:
        body (UnlockUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
