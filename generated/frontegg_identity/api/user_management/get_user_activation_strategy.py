from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_activate_strategy_response import GetActivateStrategyResponse
from ...types import UNSET, Response, json_body


def _get_kwargs(
    *,
    user_id: str,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/users/v1/activate/strategy",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetActivateStrategyResponse | None:
    if response.status_code == 200:
        response_200 = GetActivateStrategyResponse.from_dict(json_body(response))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetActivateStrategyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    token: str,
) -> Response[ErrorResponse | GetActivateStrategyResponse]:
    """Check whether activation needs a password

     Tells an activation screen, through the shouldSetPassword flag, whether the user must choose a
    password before activating; SSO users, for instance, skip that step. Called without a user token,
    passing the userId and activation token as query parameters.

    Args:
        user_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetActivateStrategyResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    token: str,
) -> ErrorResponse | GetActivateStrategyResponse | None:
    """Check whether activation needs a password

     Tells an activation screen, through the shouldSetPassword flag, whether the user must choose a
    password before activating; SSO users, for instance, skip that step. Called without a user token,
    passing the userId and activation token as query parameters.

    Args:
        user_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetActivateStrategyResponse
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    token: str,
) -> Response[ErrorResponse | GetActivateStrategyResponse]:
    """Check whether activation needs a password

     Tells an activation screen, through the shouldSetPassword flag, whether the user must choose a
    password before activating; SSO users, for instance, skip that step. Called without a user token,
    passing the userId and activation token as query parameters.

    Args:
        user_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetActivateStrategyResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    token: str,
) -> ErrorResponse | GetActivateStrategyResponse | None:
    """Check whether activation needs a password

     Tells an activation screen, through the shouldSetPassword flag, whether the user must choose a
    password before activating; SSO users, for instance, skip that step. Called without a user token,
    passing the userId and activation token as query parameters.

    Args:
        user_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetActivateStrategyResponse
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
