from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_user_roles_for_sub_tenants_request import UpdateUserRolesForSubTenantsRequest
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    user_id: str,
    *,
    body: UpdateUserRolesForSubTenantsRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/resources/sub-tenants/users/v1/{user_id}/roles".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    body: UpdateUserRolesForSubTenantsRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Take roles from a user in accounts of a hierarchy

     For each listed account of the caller's hierarchy, in which the user must be a member, withdraws the
    given roles from the user there.

    Args:
        user_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateUserRolesForSubTenantsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: UpdateUserRolesForSubTenantsRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Take roles from a user in accounts of a hierarchy

     For each listed account of the caller's hierarchy, in which the user must be a member, withdraws the
    given roles from the user there.

    Args:
        user_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateUserRolesForSubTenantsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: UpdateUserRolesForSubTenantsRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Take roles from a user in accounts of a hierarchy

     For each listed account of the caller's hierarchy, in which the user must be a member, withdraws the
    given roles from the user there.

    Args:
        user_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateUserRolesForSubTenantsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: UpdateUserRolesForSubTenantsRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Take roles from a user in accounts of a hierarchy

     For each listed account of the caller's hierarchy, in which the user must be a member, withdraws the
    given roles from the user there.

    Args:
        user_id (str):
        frontegg_tenant_id (str | Unset):
        body (UpdateUserRolesForSubTenantsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
