from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_users_usernames_order import GetUsersUsernamesOrder
from ...models.get_users_usernames_sort_by import GetUsersUsernamesSortBy
from ...models.username_response_page import UsernameResponsePage
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: GetUsersUsernamesSortBy | Unset = UNSET,
    field_order: GetUsersUsernamesOrder | Unset = UNSET,
    field_username_prefix: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    usernames: list[str] | Unset = UNSET,
) -> dict[str, Any]:

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

    params["_usernamePrefix"] = field_username_prefix

    json_user_ids: list[str] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["userIds"] = json_user_ids

    json_usernames: list[str] | Unset = UNSET
    if not isinstance(usernames, Unset):
        json_usernames = usernames

    params["usernames"] = json_usernames

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/usernames/v1",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsernameResponsePage | None:
    if response.status_code == 200:
        response_200 = UsernameResponsePage.from_dict(json_body(response))

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
) -> Response[ErrorResponse | UsernameResponsePage]:
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
    field_sort_by: GetUsersUsernamesSortBy | Unset = UNSET,
    field_order: GetUsersUsernamesOrder | Unset = UNSET,
    field_username_prefix: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    usernames: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | UsernameResponsePage]:
    """List usernames of users

     Returns one page of usernames paired with user IDs, filterable by username prefix, user IDs or exact
    usernames, with sorting. Called with an environment/management token. Upstream declares a single
    record; @frontegg/rest-api 7.119.0 reads a paginated wrapper of them.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetUsersUsernamesSortBy | Unset):
        field_order (GetUsersUsernamesOrder | Unset):
        field_username_prefix (str | Unset):
        user_ids (list[str] | Unset):
        usernames (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsernameResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_username_prefix=field_username_prefix,
        user_ids=user_ids,
        usernames=usernames,
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
    field_sort_by: GetUsersUsernamesSortBy | Unset = UNSET,
    field_order: GetUsersUsernamesOrder | Unset = UNSET,
    field_username_prefix: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    usernames: list[str] | Unset = UNSET,
) -> ErrorResponse | UsernameResponsePage | None:
    """List usernames of users

     Returns one page of usernames paired with user IDs, filterable by username prefix, user IDs or exact
    usernames, with sorting. Called with an environment/management token. Upstream declares a single
    record; @frontegg/rest-api 7.119.0 reads a paginated wrapper of them.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetUsersUsernamesSortBy | Unset):
        field_order (GetUsersUsernamesOrder | Unset):
        field_username_prefix (str | Unset):
        user_ids (list[str] | Unset):
        usernames (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsernameResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_username_prefix=field_username_prefix,
        user_ids=user_ids,
        usernames=usernames,
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
    field_sort_by: GetUsersUsernamesSortBy | Unset = UNSET,
    field_order: GetUsersUsernamesOrder | Unset = UNSET,
    field_username_prefix: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    usernames: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | UsernameResponsePage]:
    """List usernames of users

     Returns one page of usernames paired with user IDs, filterable by username prefix, user IDs or exact
    usernames, with sorting. Called with an environment/management token. Upstream declares a single
    record; @frontegg/rest-api 7.119.0 reads a paginated wrapper of them.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetUsersUsernamesSortBy | Unset):
        field_order (GetUsersUsernamesOrder | Unset):
        field_username_prefix (str | Unset):
        user_ids (list[str] | Unset):
        usernames (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsernameResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_username_prefix=field_username_prefix,
        user_ids=user_ids,
        usernames=usernames,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: GetUsersUsernamesSortBy | Unset = UNSET,
    field_order: GetUsersUsernamesOrder | Unset = UNSET,
    field_username_prefix: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    usernames: list[str] | Unset = UNSET,
) -> ErrorResponse | UsernameResponsePage | None:
    """List usernames of users

     Returns one page of usernames paired with user IDs, filterable by username prefix, user IDs or exact
    usernames, with sorting. Called with an environment/management token. Upstream declares a single
    record; @frontegg/rest-api 7.119.0 reads a paginated wrapper of them.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetUsersUsernamesSortBy | Unset):
        field_order (GetUsersUsernamesOrder | Unset):
        field_username_prefix (str | Unset):
        user_ids (list[str] | Unset):
        usernames (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsernameResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_username_prefix=field_username_prefix,
        user_ids=user_ids,
        usernames=usernames,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
