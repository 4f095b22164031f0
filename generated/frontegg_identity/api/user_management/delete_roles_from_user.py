from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_user_to_roles_response import DeleteUserToRolesResponse
from ...models.error_response import ErrorResponse
from ...models.unassign_user_from_roles import UnassignUserFromRoles
from ...types import Response, json_body


def _get_kwargs(
    user_id: str,
    *,
    body: UnassignUserFromRoles,
    frontegg_tenant_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/resources/users/v1/{user_id}/roles".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteUserToRolesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteUserToRolesResponse.from_dict(json_body(response))

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
) -> Response[DeleteUserToRolesResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UnassignUserFromRoles,
    frontegg_tenant_id: str,
) -> Response[DeleteUserToRolesResponse | ErrorResponse]:
    """Revoke roles from a user in an account

     Takes away the role IDs listed in the body from the user within the account (tenant) given by the
    header. Called with an environment/management token or an account admin's user token; returns the
    outcome of the removal.

    Args:
        user_id (str):
        frontegg_tenant_id (str):
        body (UnassignUserFromRoles):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserToRolesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UnassignUserFromRoles,
    frontegg_tenant_id: str,
) -> DeleteUserToRolesResponse | ErrorResponse | None:
    """Revoke roles from a user in an account

     Takes away the role IDs listed in the body from the user within the account (tenant) given by the
    header. Called with an environment/management token or an account admin's user token; returns the
    outcome of the removal.

    Args:
        user_id (str):
        frontegg_tenant_id (str):
        body (UnassignUserFromRoles):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserToRolesResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UnassignUserFromRoles,
    frontegg_tenant_id: str,
) -> Response[DeleteUserToRolesResponse | ErrorResponse]:
    """Revoke roles from a user in an account

     Takes away the role IDs listed in the body from the user within the account (tenant) given by the
    header. Called with an environment/management token or an account admin's user token; returns the
    outcome of the removal.

    Args:
        user_id (str):
        frontegg_tenant_id (str):
        body (UnassignUserFromRoles):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserToRolesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UnassignUserFromRoles,
    frontegg_tenant_id: str,
) -> DeleteUserToRolesResponse | ErrorResponse | None:
    """Revoke roles from a user in an account

     Takes away the role IDs listed in the body from the user within the account (tenant) given by the
    header. Called with an environment/management token or an account admin's user token; returns the
    outcome of the removal.

    Args:
        user_id (str):
        frontegg_tenant_id (str):
        body (UnassignUserFromRoles):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserToRolesResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
