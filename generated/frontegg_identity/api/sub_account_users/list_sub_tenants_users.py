from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_sub_tenants_users_order import ListSubTenantsUsersOrder
from ...models.list_sub_tenants_users_sort_by import ListSubTenantsUsersSortBy
from ...models.sub_tenant_user_page import SubTenantUserPage
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    field_sort_by: ListSubTenantsUsersSortBy | Unset = UNSET,
    field_order: ListSubTenantsUsersOrder | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    params: dict[str, Any] = {}

    params["_limit"] = field_limit

    params["_offset"] = field_offset

    params["_filter"] = field_filter_

    json_field_sort_by: str | Unset = UNSET
    if not isinstance(field_sort_by, Unset):
        json_field_sort_by = field_sort_by

    params["_sortBy"] = json_field_sort_by

    json_field_order: str | Unset = UNSET
    if not isinstance(field_order, Unset):
        json_field_order = field_order

    params["_order"] = json_field_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/sub-tenants/users/v1",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubTenantUserPage | None:
    if response.status_code == 200:
        response_200 = SubTenantUserPage.from_dict(json_body(response))

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
) -> Response[ErrorResponse | SubTenantUserPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    field_sort_by: ListSubTenantsUsersSortBy | Unset = UNSET,
    field_order: ListSubTenantsUsersOrder | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SubTenantUserPage]:
    """List the users of an account and of its sub-accounts

     Pages through the users of the caller's account and, when the caller may reach them, of the accounts
    beneath it, each with its roles and permissions per account of that hierarchy.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_filter_ (str | Unset):
        field_sort_by (ListSubTenantsUsersSortBy | Unset):
        field_order (ListSubTenantsUsersOrder | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubTenantUserPage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_sort_by=field_sort_by,
        field_order=field_order,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    field_sort_by: ListSubTenantsUsersSortBy | Unset = UNSET,
    field_order: ListSubTenantsUsersOrder | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | SubTenantUserPage | None:
    """List the users of an account and of its sub-accounts

     Pages through the users of the caller's account and, when the caller may reach them, of the accounts
    beneath it, each with its roles and permissions per account of that hierarchy.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_filter_ (str | Unset):
        field_sort_by (ListSubTenantsUsersSortBy | Unset):
        field_order (ListSubTenantsUsersOrder | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubTenantUserPage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_sort_by=field_sort_by,
        field_order=field_order,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    field_sort_by: ListSubTenantsUsersSortBy | Unset = UNSET,
    field_order: ListSubTenantsUsersOrder | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SubTenantUserPage]:
    """List the users of an account and of its sub-accounts

     Pages through the users of the caller's account and, when the caller may reach them, of the accounts
    beneath it, each with its roles and permissions per account of that hierarchy.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_filter_ (str | Unset):
        field_sort_by (ListSubTenantsUsersSortBy | Unset):
        field_order (ListSubTenantsUsersOrder | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubTenantUserPage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_sort_by=field_sort_by,
        field_order=field_order,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    field_sort_by: ListSubTenantsUsersSortBy | Unset = UNSET,
    field_order: ListSubTenantsUsersOrder | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | SubTenantUserPage | None:
    """List the users of an account and of its sub-accounts

     Pages through the users of the caller's account and, when the caller may reach them, of the accounts
    beneath it, each with its roles and permissions per account of that hierarchy.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_filter_ (str | Unset):
        field_sort_by (ListSubTenantsUsersSortBy | Unset):
        field_order (ListSubTenantsUsersOrder | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubTenantUserPage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_sort_by=field_sort_by,
        field_order=field_order,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
