from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_roles_v2_order import ListRolesV2Order
from ...models.list_roles_v2_sort_by import ListRolesV2SortBy
from ...models.role_response_page import RoleResponsePage
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_limit: int | Unset = 50,
    field_sort_by: ListRolesV2SortBy | Unset = UNSET,
    field_levels: list[float] | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
    field_offset: int | Unset = 0,
    field_order: ListRolesV2Order | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    params: dict[str, Any] = {}

    params["_limit"] = field_limit

    json_field_sort_by: str | Unset = UNSET
    if not isinstance(field_sort_by, Unset):
        json_field_sort_by = field_sort_by

    params["_sortBy"] = json_field_sort_by

    json_field_levels: list[float] | Unset = UNSET
    if not isinstance(field_levels, Unset):
        json_field_levels = field_levels

    params["_levels"] = json_field_levels

    json_field_tenant_ids: list[str] | Unset = UNSET
    if not isinstance(field_tenant_ids, Unset):
        json_field_tenant_ids = field_tenant_ids

    params["_tenantIds"] = json_field_tenant_ids

    params["_offset"] = field_offset

    json_field_order: str | Unset = UNSET
    if not isinstance(field_order, Unset):
        json_field_order = field_order

    params["_order"] = json_field_order

    params["_filter"] = field_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/roles/v2",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RoleResponsePage | None:
    if response.status_code == 200:
        response_200 = RoleResponsePage.from_dict(json_body(response))

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
) -> Response[ErrorResponse | RoleResponsePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = 50,
    field_sort_by: ListRolesV2SortBy | Unset = UNSET,
    field_levels: list[float] | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
    field_offset: int | Unset = 0,
    field_order: ListRolesV2Order | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RoleResponsePage]:
    """List roles with paging and filters

     Returns a paginated list of the environment's roles, each with its key, name, level and permissions,
    filterable by level, account (tenant) and free text. Called with an environment/management token or
    a user token.

    Args:
        field_limit (int | Unset):  Default: 50.
        field_sort_by (ListRolesV2SortBy | Unset):
        field_levels (list[float] | Unset):
        field_tenant_ids (list[str] | Unset):
        field_offset (int | Unset):  Default: 0.
        field_order (ListRolesV2Order | Unset):
        field_filter_ (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_sort_by=field_sort_by,
        field_levels=field_levels,
        field_tenant_ids=field_tenant_ids,
        field_offset=field_offset,
        field_order=field_order,
        field_filter_=field_filter_,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = 50,
    field_sort_by: ListRolesV2SortBy | Unset = UNSET,
    field_levels: list[float] | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
    field_offset: int | Unset = 0,
    field_order: ListRolesV2Order | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | RoleResponsePage | None:
    """List roles with paging and filters

     Returns a paginated list of the environment's roles, each with its key, name, level and permissions,
    filterable by level, account (tenant) and free text. Called with an environment/management token or
    a user token.

    Args:
        field_limit (int | Unset):  Default: 50.
        field_sort_by (ListRolesV2SortBy | Unset):
        field_levels (list[float] | Unset):
        field_tenant_ids (list[str] | Unset):
        field_offset (int | Unset):  Default: 0.
        field_order (ListRolesV2Order | Unset):
        field_filter_ (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_sort_by=field_sort_by,
        field_levels=field_levels,
        field_tenant_ids=field_tenant_ids,
        field_offset=field_offset,
        field_order=field_order,
        field_filter_=field_filter_,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = 50,
    field_sort_by: ListRolesV2SortBy | Unset = UNSET,
    field_levels: list[float] | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
    field_offset: int | Unset = 0,
    field_order: ListRolesV2Order | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RoleResponsePage]:
    """List roles with paging and filters

     Returns a paginated list of the environment's roles, each with its key, name, level and permissions,
    filterable by level, account (tenant) and free text. Called with an environment/management token or
    a user token.

    Args:
        field_limit (int | Unset):  Default: 50.
        field_sort_by (ListRolesV2SortBy | Unset):
        field_levels (list[float] | Unset):
        field_tenant_ids (list[str] | Unset):
        field_offset (int | Unset):  Default: 0.
        field_order (ListRolesV2Order | Unset):
        field_filter_ (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_sort_by=field_sort_by,
        field_levels=field_levels,
        field_tenant_ids=field_tenant_ids,
        field_offset=field_offset,
        field_order=field_order,
        field_filter_=field_filter_,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = 50,
    field_sort_by: ListRolesV2SortBy | Unset = UNSET,
    field_levels: list[float] | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
    field_offset: int | Unset = 0,
    field_order: ListRolesV2Order | Unset = UNSET,
    field_filter_: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | RoleResponsePage | None:
    """List roles with paging and filters

     Returns a paginated list of the environment's roles, each with its key, name, level and permissions,
    filterable by level, account (tenant) and free text. Called with an environment/management token or
    a user token.

    Args:
        field_limit (int | Unset):  Default: 50.
        field_sort_by (ListRolesV2SortBy | Unset):
        field_levels (list[float] | Unset):
        field_tenant_ids (list[str] | Unset):
        field_offset (int | Unset):  Default: 0.
        field_order (ListRolesV2Order | Unset):
        field_filter_ (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_sort_by=field_sort_by,
        field_levels=field_levels,
        field_tenant_ids=field_tenant_ids,
        field_offset=field_offset,
        field_order=field_order,
        field_filter_=field_filter_,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
