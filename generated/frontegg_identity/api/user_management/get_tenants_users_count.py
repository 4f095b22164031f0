from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_tenants_users_count_request import GetTenantsUsersCountRequest
from ...models.tenant_users_count import TenantUsersCount
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: GetTenantsUsersCountRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/tenants/users/v1/count",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TenantUsersCount] | None:
    if response.status_code == 201:
        response_201 = [
            TenantUsersCount.from_dict(response_201_item_data) for response_201_item_data in json_body(response)
        ]

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
) -> Response[ErrorResponse | list[TenantUsersCount]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTenantsUsersCountRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | list[TenantUsersCount]]:
    """Count the users of accounts

     For each listed account of the caller's hierarchy, how many users belong to it and how many of those
    may reach its sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (GetTenantsUsersCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TenantUsersCount]]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GetTenantsUsersCountRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | list[TenantUsersCount] | None:
    """Count the users of accounts

     For each listed account of the caller's hierarchy, how many users belong to it and how many of those
    may reach its sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (GetTenantsUsersCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TenantUsersCount]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTenantsUsersCountRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | list[TenantUsersCount]]:
    """Count the users of accounts

     For each listed account of the caller's hierarchy, how many users belong to it and how many of those
    may reach its sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (GetTenantsUsersCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TenantUsersCount]]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetTenantsUsersCountRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | list[TenantUsersCount] | None:
    """Count the users of accounts

     For each listed account of the caller's hierarchy, how many users belong to it and how many of those
    may reach its sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (GetTenantsUsersCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TenantUsersCount]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
