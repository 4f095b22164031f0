from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unpublished_password_recovery_strategy import UnpublishedPasswordRecoveryStrategy
from ...types import Response, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/configurations/v1/password-recovery/strategies",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[UnpublishedPasswordRecoveryStrategy] | None:
    if response.status_code == 200:
        response_200 = [
            UnpublishedPasswordRecoveryStrategy.from_dict(response_200_item_data)
            for response_200_item_data in json_body(response)
        ]

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[UnpublishedPasswordRecoveryStrategy]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[UnpublishedPasswordRecoveryStrategy]]:
    """List the ways a forgotten password can be recovered

     Each recovery channel (a link by email, a code by SMS) and whether the forgot-password page may
    offer it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[UnpublishedPasswordRecoveryStrategy]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[UnpublishedPasswordRecoveryStrategy] | None:
    """List the ways a forgotten password can be recovered

     Each recovery channel (a link by email, a code by SMS) and whether the forgot-password page may
    offer it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[UnpublishedPasswordRecoveryStrategy]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[UnpublishedPasswordRecoveryStrategy]]:
    """List the ways a forgotten password can be recovered

     Each recovery channel (a link by email, a code by SMS) and whether the forgot-password page may
    offer it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[UnpublishedPasswordRecoveryStrategy]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[UnpublishedPasswordRecoveryStrategy] | None:
    """List the ways a forgotten password can be recovered

     Each recovery channel (a link by email, a code by SMS) and whether the forgot-password page may
    offer it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[UnpublishedPasswordRecoveryStrategy]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
