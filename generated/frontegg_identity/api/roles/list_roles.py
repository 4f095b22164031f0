from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.role_response import RoleResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/roles/v1",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[RoleResponse] | None:
    if response.status_code == 200:
        response_200 = [
            RoleResponse.from_dict(response_200_item_data) for response_200_item_data in json_body(response)
        ]

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
) -> Response[ErrorResponse | list[RoleResponse]]:
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
) -> Response[ErrorResponse | list[RoleResponse]]:
    """List all roles

     Returns the roles defined in the environment, each with its name, permissions and other details.
    Called with an environment (management) token, or an account admin's user token, which sees the
    global roles and its own account's.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RoleResponse]]
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
) -> ErrorResponse | list[RoleResponse] | None:
    """List all roles

     Returns the roles defined in the environment, each with its name, permissions and other details.
    Called with an environment (management) token, or an account admin's user token, which sees the
    global roles and its own account's.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RoleResponse]
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
) -> Response[ErrorResponse | list[RoleResponse]]:
    """List all roles

     Returns the roles defined in the environment, each with its name, permissions and other details.
    Called with an environment (management) token, or an account admin's user token, which sees the
    global roles and its own account's.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RoleResponse]]
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
) -> ErrorResponse | list[RoleResponse] | None:
    """List all roles

     Returns the roles defined in the environment, each with its name, permissions and other details.
    Called with an environment (management) token, or an account admin's user token, which sees the
    global roles and its own account's.

    Args:
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RoleResponse]
    """

    kwargs = _get_kwargs(
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
