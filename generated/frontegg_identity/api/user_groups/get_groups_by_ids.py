from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_groups import GetGroups
from ...models.get_groups_by_ids_groups_relations import (
    GetGroupsByIdsGroupsRelations,
)
from ...models.groups_response import GroupsResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: GetGroups,
    field_groups_relations: GetGroupsByIdsGroupsRelations | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/groups/v1/bulkGet",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GroupsResponse | None:
    if response.status_code == 201:
        response_201 = GroupsResponse.from_dict(json_body(response))

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GroupsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetGroups,
    field_groups_relations: GetGroupsByIdsGroupsRelations | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | GroupsResponse]:
    """Fetch several groups by ID

     Returns the user groups whose IDs are listed in the request body, optionally including their roles
    and users. Called with a vendor environment token or a user token with permission to view groups.

    Args:
        field_groups_relations (GetGroupsByIdsGroupsRelations | Unset):
        frontegg_tenant_id (str | Unset):
        body (GetGroups):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        field_groups_relations=field_groups_relations,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GetGroups,
    field_groups_relations: GetGroupsByIdsGroupsRelations | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | GroupsResponse | None:
    """Fetch several groups by ID

     Returns the user groups whose IDs are listed in the request body, optionally including their roles
    and users. Called with a vendor environment token or a user token with permission to view groups.

    Args:
        field_groups_relations (GetGroupsByIdsGroupsRelations | Unset):
        frontegg_tenant_id (str | Unset):
        body (GetGroups):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupsResponse
    """

    kwargs = _get_kwargs(
        body=body,
        field_groups_relations=field_groups_relations,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetGroups,
    field_groups_relations: GetGroupsByIdsGroupsRelations | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | GroupsResponse]:
    """Fetch several groups by ID

     Returns the user groups whose IDs are listed in the request body, optionally including their roles
    and users. Called with a vendor environment token or a user token with permission to view groups.

    Args:
        field_groups_relations (GetGroupsByIdsGroupsRelations | Unset):
        frontegg_tenant_id (str | Unset):
        body (GetGroups):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        field_groups_relations=field_groups_relations,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetGroups,
    field_groups_relations: GetGroupsByIdsGroupsRelations | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | GroupsResponse | None:
    """Fetch several groups by ID

     Returns the user groups whose IDs are listed in the request body, optionally including their roles
    and users. Called with a vendor environment token or a user token with permission to view groups.

    Args:
        field_groups_relations (GetGroupsByIdsGroupsRelations | Unset):
        frontegg_tenant_id (str | Unset):
        body (GetGroups):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupsResponse
    """

    kwargs = _get_kwargs(
        body=body,
        field_groups_relations=field_groups_relations,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
