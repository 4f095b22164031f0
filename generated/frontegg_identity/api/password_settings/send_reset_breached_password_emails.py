from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v1/passwords/breached/reset/bulk",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Email a reset link to every user with a breached password

     Sends a password reset email to each user of the account whose current password is known from data
    breaches. With a user token the account is the caller's (it needs the
    fe.secure.write.securityPolicies permission); with the environment token it is the account frontegg-
    tenant-id names, or every account without it.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Email a reset link to every user with a breached password

     Sends a password reset email to each user of the account whose current password is known from data
    breaches. With a user token the account is the caller's (it needs the
    fe.secure.write.securityPolicies permission); with the environment token it is the account frontegg-
    tenant-id names, or every account without it.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Email a reset link to every user with a breached password

     Sends a password reset email to each user of the account whose current password is known from data
    breaches. With a user token the account is the caller's (it needs the
    fe.secure.write.securityPolicies permission); with the environment token it is the account frontegg-
    tenant-id names, or every account without it.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Email a reset link to every user with a breached password

     Sends a password reset email to each user of the account whose current password is known from data
    breaches. With a user token the account is the caller's (it needs the
    fe.secure.write.securityPolicies permission); with the environment token it is the account frontegg-
    tenant-id names, or every account without it.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
