from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_users_identifier_type import GetUsersIdentifierType
from ...models.get_users_order import GetUsersOrder
from ...models.get_users_sort_by import GetUsersSortBy
from ...models.user_v3_page import UserV3Page
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_identifier: str | Unset = UNSET,
    field_identifier_type: GetUsersIdentifierType | Unset = UNSET,
    field_include_sub_tenants: bool | Unset = True,
    field_name_prefix: str | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_email: str | Unset = UNSET,
    field_tenant_id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    field_sort_by: GetUsersSortBy | Unset = UNSET,
    field_order: GetUsersOrder | Unset = UNSET,
    field_external_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    params: dict[str, Any] = {}

    params["_limit"] = field_limit

    params["_identifier"] = field_identifier

    json_field_identifier_type: str | Unset = UNSET
    if not isinstance(field_identifier_type, Unset):
        json_field_identifier_type = field_identifier_type

    params["_identifierType"] = json_field_identifier_type

    params["_includeSubTenants"] = field_include_sub_tenants

    params["_namePrefix"] = field_name_prefix

    params["_offset"] = field_offset

    params["_email"] = field_email

    params["_tenantId"] = field_tenant_id

    params["ids"] = ids

    json_field_sort_by: str | Unset = UNSET
    if not isinstance(field_sort_by, Unset):
        json_field_sort_by = field_sort_by

    params["_sortBy"] = json_field_sort_by

    json_field_order: str | Unset = UNSET
    if not isinstance(field_order, Unset):
        json_field_order = field_order

    params["_order"] = json_field_order

    params["_externalIds"] = field_external_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/users/v3",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserV3Page | None:
    if response.status_code == 200:
        response_200 = UserV3Page.from_dict(json_body(response))

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
) -> Response[ErrorResponse | UserV3Page]:
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
    field_identifier: str | Unset = UNSET,
    field_identifier_type: GetUsersIdentifierType | Unset = UNSET,
    field_include_sub_tenants: bool | Unset = True,
    field_name_prefix: str | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_email: str | Unset = UNSET,
    field_tenant_id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    field_sort_by: GetUsersSortBy | Unset = UNSET,
    field_order: GetUsersOrder | Unset = UNSET,
    field_external_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | UserV3Page]:
    """List users with filters and paging

     Returns a paginated list of users, either within one account (tenant) or across the whole
    environment, with filters for email, identifier, name prefix, IDs and external IDs. Called with an
    environment/management token, or with a user token to list users of the caller's account.

    Args:
        field_limit (int | Unset):
        field_identifier (str | Unset):
        field_identifier_type (GetUsersIdentifierType | Unset):
        field_include_sub_tenants (bool | Unset):  Default: True.
        field_name_prefix (str | Unset):
        field_offset (int | Unset):
        field_email (str | Unset):
        field_tenant_id (str | Unset):
        ids (str | Unset):
        field_sort_by (GetUsersSortBy | Unset):
        field_order (GetUsersOrder | Unset):
        field_external_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserV3Page]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_identifier=field_identifier,
        field_identifier_type=field_identifier_type,
        field_include_sub_tenants=field_include_sub_tenants,
        field_name_prefix=field_name_prefix,
        field_offset=field_offset,
        field_email=field_email,
        field_tenant_id=field_tenant_id,
        ids=ids,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_external_ids=field_external_ids,
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
    field_identifier: str | Unset = UNSET,
    field_identifier_type: GetUsersIdentifierType | Unset = UNSET,
    field_include_sub_tenants: bool | Unset = True,
    field_name_prefix: str | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_email: str | Unset = UNSET,
    field_tenant_id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    field_sort_by: GetUsersSortBy | Unset = UNSET,
    field_order: GetUsersOrder | Unset = UNSET,
    field_external_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | UserV3Page | None:
    """List users with filters and paging

     Returns a paginated list of users, either within one account (tenant) or across the whole
    environment, with filters for email, identifier, name prefix, IDs and external IDs. Called with an
    environment/management token, or with a user token to list users of the caller's account.

    Args:
        field_limit (int | Unset):
        field_identifier (str | Unset):
        field_identifier_type (GetUsersIdentifierType | Unset):
        field_include_sub_tenants (bool | Unset):  Default: True.
        field_name_prefix (str | Unset):
        field_offset (int | Unset):
        field_email (str | Unset):
        field_tenant_id (str | Unset):
        ids (str | Unset):
        field_sort_by (GetUsersSortBy | Unset):
        field_order (GetUsersOrder | Unset):
        field_external_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserV3Page
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_identifier=field_identifier,
        field_identifier_type=field_identifier_type,
        field_include_sub_tenants=field_include_sub_tenants,
        field_name_prefix=field_name_prefix,
        field_offset=field_offset,
        field_email=field_email,
        field_tenant_id=field_tenant_id,
        ids=ids,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_external_ids=field_external_ids,
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
    field_identifier: str | Unset = UNSET,
    field_identifier_type: GetUsersIdentifierType | Unset = UNSET,
    field_include_sub_tenants: bool | Unset = True,
    field_name_prefix: str | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_email: str | Unset = UNSET,
    field_tenant_id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    field_sort_by: GetUsersSortBy | Unset = UNSET,
    field_order: GetUsersOrder | Unset = UNSET,
    field_external_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | UserV3Page]:
    """List users with filters and paging

     Returns a paginated list of users, either within one account (tenant) or across the whole
    environment, with filters for email, identifier, name prefix, IDs and external IDs. Called with an
    environment/management token, or with a user token to list users of the caller's account.

    Args:
        field_limit (int | Unset):
        field_identifier (str | Unset):
        field_identifier_type (GetUsersIdentifierType | Unset):
        field_include_sub_tenants (bool | Unset):  Default: True.
        field_name_prefix (str | Unset):
        field_offset (int | Unset):
        field_email (str | Unset):
        field_tenant_id (str | Unset):
        ids (str | Unset):
        field_sort_by (GetUsersSortBy | Unset):
        field_order (GetUsersOrder | Unset):
        field_external_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserV3Page]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_identifier=field_identifier,
        field_identifier_type=field_identifier_type,
        field_include_sub_tenants=field_include_sub_tenants,
        field_name_prefix=field_name_prefix,
        field_offset=field_offset,
        field_email=field_email,
        field_tenant_id=field_tenant_id,
        ids=ids,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_external_ids=field_external_ids,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_identifier: str | Unset = UNSET,
    field_identifier_type: GetUsersIdentifierType | Unset = UNSET,
    field_include_sub_tenants: bool | Unset = True,
    field_name_prefix: str | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_email: str | Unset = UNSET,
    field_tenant_id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    field_sort_by: GetUsersSortBy | Unset = UNSET,
    field_order: GetUsersOrder | Unset = UNSET,
    field_external_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | UserV3Page | None:
    """List users with filters and paging

     Returns a paginated list of users, either within one account (tenant) or across the whole
    environment, with filters for email, identifier, name prefix, IDs and external IDs. Called with an
    environment/management token, or with a user token to list users of the caller's account.

    Args:
        field_limit (int | Unset):
        field_identifier (str | Unset):
        field_identifier_type (GetUsersIdentifierType | Unset):
        field_include_sub_tenants (bool | Unset):  Default: True.
        field_name_prefix (str | Unset):
        field_offset (int | Unset):
        field_email (str | Unset):
        field_tenant_id (str | Unset):
        ids (str | Unset):
        field_sort_by (GetUsersSortBy | Unset):
        field_order (GetUsersOrder | Unset):
        field_external_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserV3Page
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_identifier=field_identifier,
        field_identifier_type=field_identifier_type,
        field_include_sub_tenants=field_include_sub_tenants,
        field_name_prefix=field_name_prefix,
        field_offset=field_offset,
        field_email=field_email,
        field_tenant_id=field_tenant_id,
        ids=ids,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_external_ids=field_external_ids,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
