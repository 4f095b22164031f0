from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tenant import Tenant
from ...types import Response, json_body


def _get_kwargs(
    tenant_id: str,
    key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/resources/tenants/v1/{tenant_id}/metadata/{key}".format(
            tenant_id=quote(str(tenant_id), safe=""),
            key=quote(str(key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Tenant | None:
    if response.status_code == 200:
        response_200 = Tenant.from_dict(json_body(response))

        return response_200

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
) -> Response[ErrorResponse | Tenant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Tenant]:
    """Remove one key from a tenant's metadata

     Removing a key the metadata does not hold changes nothing.

    Args:
        tenant_id (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Tenant | None:
    """Remove one key from a tenant's metadata

     Removing a key the metadata does not hold changes nothing.

    Args:
        tenant_id (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Tenant
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    tenant_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Tenant]:
    """Remove one key from a tenant's metadata

     Removing a key the metadata does not hold changes nothing.

    Args:
        tenant_id (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Tenant | None:
    """Remove one key from a tenant's metadata

     Removing a key the metadata does not hold changes nothing.

    Args:
        tenant_id (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Tenant
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
