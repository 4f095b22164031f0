from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.migration_object import MigrationObject
from ...types import Response, json_body


def _get_kwargs(
    migration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/migrations/v1/local/bulk/status/{migration_id}".format(
            migration_id=quote(str(migration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MigrationObject | None:
    if response.status_code == 200:
        response_200 = MigrationObject.from_dict(json_body(response))

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
) -> Response[ErrorResponse | MigrationObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MigrationObject]:
    """Check the state of a bulk user import

     Reports whether a bulk migration is still running or finished, how many users were imported and
    which errors occurred, with details for at most 1,000 users. Called with an environment (management)
    token.

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MigrationObject]
    """

    kwargs = _get_kwargs(
        migration_id=migration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MigrationObject | None:
    """Check the state of a bulk user import

     Reports whether a bulk migration is still running or finished, how many users were imported and
    which errors occurred, with details for at most 1,000 users. Called with an environment (management)
    token.

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MigrationObject
    """

    kwargs = _get_kwargs(
        migration_id=migration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MigrationObject]:
    """Check the state of a bulk user import

     Reports whether a bulk migration is still running or finished, how many users were imported and
    which errors occurred, with details for at most 1,000 users. Called with an environment (management)
    token.

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MigrationObject]
    """

    kwargs = _get_kwargs(
        migration_id=migration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MigrationObject | None:
    """Check the state of a bulk user import

     Reports whether a bulk migration is still running or finished, how many users were imported and
    which errors occurred, with details for at most 1,000 users. Called with an environment (management)
    token.

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MigrationObject
    """

    kwargs = _get_kwargs(
        migration_id=migration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
