from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.impersonate_user_request import ImpersonateUserRequest
from ...models.impersonate_user_response import ImpersonateUserResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: ImpersonateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/impersonation/v1",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImpersonateUserResponse | None:
    if response.status_code == 201:
        response_201 = ImpersonateUserResponse.from_dict(json_body(response))

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ImpersonateUserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImpersonateUserRequest,
) -> Response[ErrorResponse | ImpersonateUserResponse]:
    """Sign in as a user with a one-time actor token

     Redeems an actor token issued for one user by the environment's administrators and opens a session
    of that user marked as impersonated, answering its tokens and setting the refresh cookie. The token
    is good once, only for the user it names, and the session cannot be refreshed beyond an hour.

    Args:
        body (ImpersonateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImpersonateUserResponse]
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
    body: ImpersonateUserRequest,
) -> ErrorResponse | ImpersonateUserResponse | None:
    """Sign in as a user with a one-time actor token

     Redeems an actor token issued for one user by the environment's administrators and opens a session
    of that user marked as impersonated, answering its tokens and setting the refresh cookie. The token
    is good once, only for the user it names, and the session cannot be refreshed beyond an hour.

    Args:
        body (ImpersonateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImpersonateUserResponse
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
    body: ImpersonateUserRequest,
) -> Response[ErrorResponse | ImpersonateUserResponse]:
    """Sign in as a user with a one-time actor token

     Redeems an actor token issued for one user by the environment's administrators and opens a session
    of that user marked as impersonated, answering its tokens and setting the refresh cookie. The token
    is good once, only for the user it names, and the session cannot be refreshed beyond an hour.

    Args:
        body (ImpersonateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImpersonateUserResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImpersonateUserRequest,
) -> ErrorResponse | ImpersonateUserResponse | None:
    """Sign in as a user with a one-time actor token

     Redeems an actor token issued for one user by the environment's administrators and opens a session
    of that user marked as impersonated, answering its tokens and setting the refresh cookie. The token
    is good once, only for the user it names, and the session cannot be refreshed beyond an hour.

    Args:
        body (ImpersonateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImpersonateUserResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
