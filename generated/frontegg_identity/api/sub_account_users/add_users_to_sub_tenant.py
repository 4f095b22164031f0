from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_users_to_sub_tenant_request import AddUsersToSubTenantRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: AddUsersToSubTenantRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/sub-tenants/users/v2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
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
    body: AddUsersToSubTenantRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Add several users to one account of a hierarchy

     Adds each listed email (invited first when the environment has no such user) to one account of the
    caller's hierarchy with the given roles or the defaults, optionally letting them reach that
    account's sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (AddUsersToSubTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: AddUsersToSubTenantRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Add several users to one account of a hierarchy

     Adds each listed email (invited first when the environment has no such user) to one account of the
    caller's hierarchy with the given roles or the defaults, optionally letting them reach that
    account's sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (AddUsersToSubTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: AddUsersToSubTenantRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Add several users to one account of a hierarchy

     Adds each listed email (invited first when the environment has no such user) to one account of the
    caller's hierarchy with the given roles or the defaults, optionally letting them reach that
    account's sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (AddUsersToSubTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: AddUsersToSubTenantRequest,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Add several users to one account of a hierarchy

     Adds each listed email (invited first when the environment has no such user) to one account of the
    caller's hierarchy with the given roles or the defaults, optionally letting them reach that
    account's sub-accounts.

    Args:
        frontegg_tenant_id (str | Unset):
        body (AddUsersToSubTenantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
