from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tenant import Tenant
from ...models.tenant_profile import TenantProfile
from ...types import Response, json_body


def _get_kwargs(
    tenant_id: str,
    *,
    body: TenantProfile,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/resources/tenants/v1/{tenant_id}".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Tenant | None:
    if response.status_code == 200:
        response_200 = Tenant.from_dict(json_body(response))

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
) -> Response[ErrorResponse | Tenant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TenantProfile,
) -> Response[ErrorResponse | Tenant]:
    """Partly update a tenant

     The same change as the PUT, under PATCH.

    Args:
        tenant_id (str):
        body (TenantProfile): The descriptive fields a tenant may carry, as clients send them on
            create and update. Null is
            accepted for each optional field and stored as absent (frontegg-ruby sends `website:
            nil`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TenantProfile,
) -> ErrorResponse | Tenant | None:
    """Partly update a tenant

     The same change as the PUT, under PATCH.

    Args:
        tenant_id (str):
        body (TenantProfile): The descriptive fields a tenant may carry, as clients send them on
            create and update. Null is
            accepted for each optional field and stored as absent (frontegg-ruby sends `website:
            nil`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Tenant
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TenantProfile,
) -> Response[ErrorResponse | Tenant]:
    """Partly update a tenant

     The same change as the PUT, under PATCH.

    Args:
        tenant_id (str):
        body (TenantProfile): The descriptive fields a tenant may carry, as clients send them on
            create and update. Null is
            accepted for each optional field and stored as absent (frontegg-ruby sends `website:
            nil`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TenantProfile,
) -> ErrorResponse | Tenant | None:
    """Partly update a tenant

     The same change as the PUT, under PATCH.

    Args:
        tenant_id (str):
        body (TenantProfile): The descriptive fields a tenant may carry, as clients send them on
            create and update. Null is
            accepted for each optional field and stored as absent (frontegg-ruby sends `website:
            nil`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Tenant
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
