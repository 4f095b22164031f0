from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.role_response import RoleResponse
from ...models.update_role_request import UpdateRoleRequest
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    role_id: str,
    *,
    body: UpdateRoleRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/resources/roles/v1/{role_id}".format(
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
    body: UpdateRoleRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RoleResponse]:
    """Edit a role's details

     Changes the fields of an existing role that are sent in the body, but not its permissions. Called
    with an environment (management) token, or an account admin's user token for a role of its own
    account (never stronger than the admin's own); returns the updated role.

    Args:
        role_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleResponse]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRoleRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | RoleResponse | None:
    """Edit a role's details

     Changes the fields of an existing role that are sent in the body, but not its permissions. Called
    with an environment (management) token, or an account admin's user token for a role of its own
    account (never stronger than the admin's own); returns the updated role.

    Args:
        role_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleResponse
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRoleRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RoleResponse]:
    """Edit a role's details

     Changes the fields of an existing role that are sent in the body, but not its permissions. Called
    with an environment (management) token, or an account admin's user token for a role of its own
    account (never stronger than the admin's own); returns the updated role.

    Args:
        role_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleResponse]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRoleRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | RoleResponse | None:
    """Edit a role's details

     Changes the fields of an existing role that are sent in the body, but not its permissions. Called
    with an environment (management) token, or an account admin's user token for a role of its own
    account (never stronger than the admin's own); returns the updated role.

    Args:
        role_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleResponse
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
