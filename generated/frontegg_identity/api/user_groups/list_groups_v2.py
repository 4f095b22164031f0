from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group_response_page import GroupResponsePage
from ...models.list_groups_v2_groups_relations import ListGroupsV2GroupsRelations
from ...models.list_groups_v2_order import ListGroupsV2Order
from ...models.list_groups_v2_sort_by import ListGroupsV2SortBy
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_groups_relations: ListGroupsV2GroupsRelations | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListGroupsV2SortBy | Unset = UNSET,
    field_order: ListGroupsV2Order | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    params: dict[str, Any] = {}

    json_field_groups_relations: str | Unset = UNSET
    if not isinstance(field_groups_relations, Unset):
        json_field_groups_relations = field_groups_relations

    params["_groupsRelations"] = json_field_groups_relations

    params["_limit"] = field_limit

    params["_offset"] = field_offset

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
        "url": "/resources/groups/v2",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GroupResponsePage | None:
    if response.status_code == 200:
        response_200 = GroupResponsePage.from_dict(json_body(response))

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
) -> Response[ErrorResponse | GroupResponsePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    field_groups_relations: ListGroupsV2GroupsRelations | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListGroupsV2SortBy | Unset = UNSET,
    field_order: ListGroupsV2Order | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | GroupResponsePage]:
    """List user groups with paging

     Returns the user groups of an account (tenant) as a paginated, sortable collection, optionally
    including their roles and users. Called with a vendor environment token or a user token with
    permission to view groups.

    Args:
        field_groups_relations (ListGroupsV2GroupsRelations | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListGroupsV2SortBy | Unset):
        field_order (ListGroupsV2Order | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupResponsePage]
    """

    kwargs = _get_kwargs(
        field_groups_relations=field_groups_relations,
        field_limit=field_limit,
        field_offset=field_offset,
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
    field_groups_relations: ListGroupsV2GroupsRelations | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListGroupsV2SortBy | Unset = UNSET,
    field_order: ListGroupsV2Order | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | GroupResponsePage | None:
    """List user groups with paging

     Returns the user groups of an account (tenant) as a paginated, sortable collection, optionally
    including their roles and users. Called with a vendor environment token or a user token with
    permission to view groups.

    Args:
        field_groups_relations (ListGroupsV2GroupsRelations | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListGroupsV2SortBy | Unset):
        field_order (ListGroupsV2Order | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupResponsePage
    """

    kwargs = _get_kwargs(
        field_groups_relations=field_groups_relations,
        field_limit=field_limit,
        field_offset=field_offset,
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
    field_groups_relations: ListGroupsV2GroupsRelations | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListGroupsV2SortBy | Unset = UNSET,
    field_order: ListGroupsV2Order | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | GroupResponsePage]:
    """List user groups with paging

     Returns the user groups of an account (tenant) as a paginated, sortable collection, optionally
    including their roles and users. Called with a vendor environment token or a user token with
    permission to view groups.

    Args:
        field_groups_relations (ListGroupsV2GroupsRelations | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListGroupsV2SortBy | Unset):
        field_order (ListGroupsV2Order | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupResponsePage]
    """

    kwargs = _get_kwargs(
        field_groups_relations=field_groups_relations,
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_groups_relations: ListGroupsV2GroupsRelations | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListGroupsV2SortBy | Unset = UNSET,
    field_order: ListGroupsV2Order | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | GroupResponsePage | None:
    """List user groups with paging

     Returns the user groups of an account (tenant) as a paginated, sortable collection, optionally
    including their roles and users. Called with a vendor environment token or a user token with
    permission to view groups.

    Args:
        field_groups_relations (ListGroupsV2GroupsRelations | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListGroupsV2SortBy | Unset):
        field_order (ListGroupsV2Order | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupResponsePage
    """

    kwargs = _get_kwargs(
        field_groups_relations=field_groups_relations,
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
