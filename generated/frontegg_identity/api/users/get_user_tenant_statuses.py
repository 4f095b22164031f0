from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_user_tenant_statuses_user_tenant_statuses_item import (
    GetUserTenantStatusesUserTenantStatusesItem,
)
from ...models.user_tenant_statuses_response import UserTenantStatusesResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    user_ids: list[str],
    user_tenant_statuses: list[GetUserTenantStatusesUserTenantStatusesItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_ids = user_ids

    params["userIds"] = json_user_ids

    json_user_tenant_statuses: list[str] | Unset = UNSET
    if not isinstance(user_tenant_statuses, Unset):
        json_user_tenant_statuses = []
        for user_tenant_statuses_item_data in user_tenant_statuses:
            user_tenant_statuses_item: str = user_tenant_statuses_item_data
            json_user_tenant_statuses.append(user_tenant_statuses_item)

    params["userTenantStatuses"] = json_user_tenant_statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/tenants/users/v1/statuses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserTenantStatusesResponse | None:
    if response.status_code == 200:
        response_200 = UserTenantStatusesResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | UserTenantStatusesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_ids: list[str],
    user_tenant_statuses: list[GetUserTenantStatusesUserTenantStatusesItem] | Unset = UNSET,
) -> Response[ErrorResponse | UserTenantStatusesResponse]:
    """List account statuses for several users

     Returns, for each requested user, their status in every account (tenant) they belong to, such as
    pending invitation or activated. Called with an environment (management) token; up to 200 user IDs
    can be sent per call.

    Args:
        user_ids (list[str]):
        user_tenant_statuses (list[GetUserTenantStatusesUserTenantStatusesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserTenantStatusesResponse]
    """

    kwargs = _get_kwargs(
        user_ids=user_ids,
        user_tenant_statuses=user_tenant_statuses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_ids: list[str],
    user_tenant_statuses: list[GetUserTenantStatusesUserTenantStatusesItem] | Unset = UNSET,
) -> ErrorResponse | UserTenantStatusesResponse | None:
    """List account statuses for several users

     Returns, for each requested user, their status in every account (tenant) they belong to, such as
    pending invitation or activated. Called with an environment (management) token; up to 200 user IDs
    can be sent per call.

    Args:
        user_ids (list[str]):
        user_tenant_statuses (list[GetUserTenantStatusesUserTenantStatusesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserTenantStatusesResponse
    """

    kwargs = _get_kwargs(
        user_ids=user_ids,
        user_tenant_statuses=user_tenant_statuses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_ids: list[str],
    user_tenant_statuses: list[GetUserTenantStatusesUserTenantStatusesItem] | Unset = UNSET,
) -> Response[ErrorResponse | UserTenantStatusesResponse]:
    """List account statuses for several users

     Returns, for each requested user, their status in every account (tenant) they belong to, such as
    pending invitation or activated. Called with an environment (management) token; up to 200 user IDs
    can be sent per call.

    Args:
        user_ids (list[str]):
        user_tenant_statuses (list[GetUserTenantStatusesUserTenantStatusesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserTenantStatusesResponse]
    """

    kwargs = _get_kwargs(
        user_ids=user_ids,
        user_tenant_statuses=user_tenant_statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_ids: list[str],
    user_tenant_statuses: list[GetUserTenantStatusesUserTenantStatusesItem] | Unset = UNSET,
) -> ErrorResponse | UserTenantStatusesResponse | None:
    """List account statuses for several users

     Returns, for each requested user, their status in every account (tenant) they belong to, such as
    pending invitation or activated. Called with an environment (management) token; up to 200 user IDs
    can be sent per call.

    Args:
        user_ids (list[str]):
        user_tenant_statuses (list[GetUserTenantStatusesUserTenantStatusesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserTenantStatusesResponse
    """

    kwargs = _get_kwargs(
        user_ids=user_ids,
        user_tenant_statuses=user_tenant_statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
