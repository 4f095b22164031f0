from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.role_response import RoleResponse
from ...models.update_role_tenant_request import UpdateRoleTenantRequest
from ...types import Response, json_body


def _get_kwargs(
    role_id: str,
    *,
    body: UpdateRoleTenantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/resources/roles/v1/{role_id}/tenant".format(
            role_id=quote(str(role_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RoleResponse | None:
    if response.status_code == 200:
        response_200 = RoleResponse.from_dict(json_body(response))

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_body(response))

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RoleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRoleTenantRequest,
) -> Response[ErrorResponse | RoleResponse]:
    """Move a role to another account

     Changes which account (tenant) a role belongs to, using the tenant ID in the body. Management only,
    called with an environment token; returns the updated role.

    Args:
        role_id (str):
        body (UpdateRoleTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleResponse]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRoleTenantRequest,
) -> ErrorResponse | RoleResponse | None:
    """Move a role to another account

     Changes which account (tenant) a role belongs to, using the tenant ID in the body. Management only,
    called with an environment token; returns the updated role.

    Args:
        role_id (str):
        body (UpdateRoleTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleResponse
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRoleTenantRequest,
) -> Response[ErrorResponse | RoleResponse]:
    """Move a role to another account

     Changes which account (tenant) a role belongs to, using the tenant ID in the body. Management only,
    called with an environment token; returns the updated role.

    Args:
        role_id (str):
        body (UpdateRoleTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleResponse]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRoleTenantRequest,
) -> ErrorResponse | RoleResponse | None:
    """Move a role to another account

     Changes which account (tenant) a role belongs to, using the tenant ID in the body. Management only,
    called with an environment token; returns the updated role.

    Args:
        role_id (str):
        body (UpdateRoleTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleResponse
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
