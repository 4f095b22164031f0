from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_user_emails_order import ListUserEmailsOrder
from ...models.list_user_emails_sort_by import ListUserEmailsSortBy
from ...models.user_email_response_page import UserEmailResponsePage
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListUserEmailsSortBy | Unset = UNSET,
    field_order: ListUserEmailsOrder | Unset = UNSET,
    field_email: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    params: dict[str, Any] = {}

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

    params["_email"] = field_email

    params["userIds"] = user_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/users/emails/v1",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserEmailResponsePage | None:
    if response.status_code == 200:
        response_200 = UserEmailResponsePage.from_dict(json_body(response))

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
) -> Response[ErrorResponse | UserEmailResponsePage]:
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
    field_sort_by: ListUserEmailsSortBy | Unset = UNSET,
    field_order: ListUserEmailsOrder | Unset = UNSET,
    field_email: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | UserEmailResponsePage]:
    """List email addresses linked to users

     Returns a paginated list of email address records linked to users, optionally narrowed by address or
    by user IDs. Called with an environment/management token or a token scoped to an account (tenant).

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListUserEmailsSortBy | Unset):
        field_order (ListUserEmailsOrder | Unset):
        field_email (str | Unset):
        user_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserEmailResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_email=field_email,
        user_ids=user_ids,
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
    field_sort_by: ListUserEmailsSortBy | Unset = UNSET,
    field_order: ListUserEmailsOrder | Unset = UNSET,
    field_email: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | UserEmailResponsePage | None:
    """List email addresses linked to users

     Returns a paginated list of email address records linked to users, optionally narrowed by address or
    by user IDs. Called with an environment/management token or a token scoped to an account (tenant).

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListUserEmailsSortBy | Unset):
        field_order (ListUserEmailsOrder | Unset):
        field_email (str | Unset):
        user_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserEmailResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_email=field_email,
        user_ids=user_ids,
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
    field_sort_by: ListUserEmailsSortBy | Unset = UNSET,
    field_order: ListUserEmailsOrder | Unset = UNSET,
    field_email: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | UserEmailResponsePage]:
    """List email addresses linked to users

     Returns a paginated list of email address records linked to users, optionally narrowed by address or
    by user IDs. Called with an environment/management token or a token scoped to an account (tenant).

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListUserEmailsSortBy | Unset):
        field_order (ListUserEmailsOrder | Unset):
        field_email (str | Unset):
        user_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserEmailResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_email=field_email,
        user_ids=user_ids,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListUserEmailsSortBy | Unset = UNSET,
    field_order: ListUserEmailsOrder | Unset = UNSET,
    field_email: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | UserEmailResponsePage | None:
    """List email addresses linked to users

     Returns a paginated list of email address records linked to users, optionally narrowed by address or
    by user IDs. Called with an environment/management token or a token scoped to an account (tenant).

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListUserEmailsSortBy | Unset):
        field_order (ListUserEmailsOrder | Unset):
        field_email (str | Unset):
        user_ids (str | Unset):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserEmailResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_email=field_email,
        user_ids=user_ids,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
