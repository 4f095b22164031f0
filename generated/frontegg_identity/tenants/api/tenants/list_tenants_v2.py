from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tenant_page import TenantPage
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_limit: int | Unset = 50,
    field_offset: int | Unset = 0,
    field_filter_: str | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = field_limit

    params["_offset"] = field_offset

    params["_filter"] = field_filter_

    json_field_tenant_ids: list[str] | Unset = UNSET
    if not isinstance(field_tenant_ids, Unset):
        json_field_tenant_ids = field_tenant_ids

    params["_tenantIds"] = json_field_tenant_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/tenants/v2",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TenantPage | None:
    if response.status_code == 200:
        response_200 = TenantPage.from_dict(json_body(response))

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TenantPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = 50,
    field_offset: int | Unset = 0,
    field_filter_: str | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | TenantPage]:
    """List tenants page by page

     Pages through the tenants, oldest first. `_offset` counts records to skip; `_links.next` is the
    path of the following page (absent on the last one).

    Args:
        field_limit (int | Unset):  Default: 50.
        field_offset (int | Unset):  Default: 0.
        field_filter_ (str | Unset):
        field_tenant_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TenantPage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_tenant_ids=field_tenant_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = 50,
    field_offset: int | Unset = 0,
    field_filter_: str | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
) -> ErrorResponse | TenantPage | None:
    """List tenants page by page

     Pages through the tenants, oldest first. `_offset` counts records to skip; `_links.next` is the
    path of the following page (absent on the last one).

    Args:
        field_limit (int | Unset):  Default: 50.
        field_offset (int | Unset):  Default: 0.
        field_filter_ (str | Unset):
        field_tenant_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TenantPage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_tenant_ids=field_tenant_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = 50,
    field_offset: int | Unset = 0,
    field_filter_: str | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | TenantPage]:
    """List tenants page by page

     Pages through the tenants, oldest first. `_offset` counts records to skip; `_links.next` is the
    path of the following page (absent on the last one).

    Args:
        field_limit (int | Unset):  Default: 50.
        field_offset (int | Unset):  Default: 0.
        field_filter_ (str | Unset):
        field_tenant_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TenantPage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_tenant_ids=field_tenant_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = 50,
    field_offset: int | Unset = 0,
    field_filter_: str | Unset = UNSET,
    field_tenant_ids: list[str] | Unset = UNSET,
) -> ErrorResponse | TenantPage | None:
    """List tenants page by page

     Pages through the tenants, oldest first. `_offset` counts records to skip; `_links.next` is the
    path of the following page (absent on the last one).

    Args:
        field_limit (int | Unset):  Default: 50.
        field_offset (int | Unset):  Default: 0.
        field_filter_ (str | Unset):
        field_tenant_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TenantPage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_filter_=field_filter_,
        field_tenant_ids=field_tenant_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
