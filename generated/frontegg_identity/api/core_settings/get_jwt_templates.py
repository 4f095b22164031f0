from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_jwt_templates_order import GetJwtTemplatesOrder
from ...models.get_jwt_templates_sort_by import GetJwtTemplatesSortBy
from ...models.jwt_template_response_page import JwtTemplateResponsePage
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    keys: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: GetJwtTemplatesSortBy | Unset = UNSET,
    field_order: GetJwtTemplatesOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_keys: list[str] | Unset = UNSET
    if not isinstance(keys, Unset):
        json_keys = keys

    params["keys"] = json_keys

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

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
        "url": "/resources/jwt-templates/v1",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JwtTemplateResponsePage | None:
    if response.status_code == 200:
        response_200 = JwtTemplateResponsePage.from_dict(json_body(response))

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
) -> Response[ErrorResponse | JwtTemplateResponsePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: GetJwtTemplatesSortBy | Unset = UNSET,
    field_order: GetJwtTemplatesOrder | Unset = UNSET,
) -> Response[ErrorResponse | JwtTemplateResponsePage]:
    """List JWT templates

     Returns a paginated list of the environment's JWT templates, optionally narrowed to given keys or
    IDs. Requires an environment (management) token issued to the vendor. The feature must be turned on
    by request.

    Args:
        keys (list[str] | Unset):
        ids (list[str] | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetJwtTemplatesSortBy | Unset):
        field_order (GetJwtTemplatesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JwtTemplateResponsePage]
    """

    kwargs = _get_kwargs(
        keys=keys,
        ids=ids,
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: GetJwtTemplatesSortBy | Unset = UNSET,
    field_order: GetJwtTemplatesOrder | Unset = UNSET,
) -> ErrorResponse | JwtTemplateResponsePage | None:
    """List JWT templates

     Returns a paginated list of the environment's JWT templates, optionally narrowed to given keys or
    IDs. Requires an environment (management) token issued to the vendor. The feature must be turned on
    by request.

    Args:
        keys (list[str] | Unset):
        ids (list[str] | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetJwtTemplatesSortBy | Unset):
        field_order (GetJwtTemplatesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JwtTemplateResponsePage
    """

    kwargs = _get_kwargs(
        keys=keys,
        ids=ids,
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: GetJwtTemplatesSortBy | Unset = UNSET,
    field_order: GetJwtTemplatesOrder | Unset = UNSET,
) -> Response[ErrorResponse | JwtTemplateResponsePage]:
    """List JWT templates

     Returns a paginated list of the environment's JWT templates, optionally narrowed to given keys or
    IDs. Requires an environment (management) token issued to the vendor. The feature must be turned on
    by request.

    Args:
        keys (list[str] | Unset):
        ids (list[str] | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetJwtTemplatesSortBy | Unset):
        field_order (GetJwtTemplatesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JwtTemplateResponsePage]
    """

    kwargs = _get_kwargs(
        keys=keys,
        ids=ids,
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: GetJwtTemplatesSortBy | Unset = UNSET,
    field_order: GetJwtTemplatesOrder | Unset = UNSET,
) -> ErrorResponse | JwtTemplateResponsePage | None:
    """List JWT templates

     Returns a paginated list of the environment's JWT templates, optionally narrowed to given keys or
    IDs. Requires an environment (management) token issued to the vendor. The feature must be turned on
    by request.

    Args:
        keys (list[str] | Unset):
        ids (list[str] | Unset):
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (GetJwtTemplatesSortBy | Unset):
        field_order (GetJwtTemplatesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JwtTemplateResponsePage
    """

    kwargs = _get_kwargs(
        keys=keys,
        ids=ids,
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
