from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_phone_numbers_v2_order import ListPhoneNumbersV2Order
from ...models.list_phone_numbers_v2_sort_by import ListPhoneNumbersV2SortBy
from ...models.user_phone_number_response_page import UserPhoneNumberResponsePage
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListPhoneNumbersV2SortBy | Unset = UNSET,
    field_order: ListPhoneNumbersV2Order | Unset = UNSET,
    field_phone_number: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
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

    params["_phoneNumber"] = field_phone_number

    json_user_ids: list[str] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["userIds"] = json_user_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/users/phone-numbers/v2",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserPhoneNumberResponsePage | None:
    if response.status_code == 200:
        response_200 = UserPhoneNumberResponsePage.from_dict(json_body(response))

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
) -> Response[ErrorResponse | UserPhoneNumberResponsePage]:
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
    field_sort_by: ListPhoneNumbersV2SortBy | Unset = UNSET,
    field_order: ListPhoneNumbersV2Order | Unset = UNSET,
    field_phone_number: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | UserPhoneNumberResponsePage]:
    """List user phone numbers with user filter

     Newer paged listing of user phone numbers for callers holding an environment (management) token,
    with up to 250 items per page. Besides sorting and phone number filtering, results can be narrowed
    to a set of user IDs.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListPhoneNumbersV2SortBy | Unset):
        field_order (ListPhoneNumbersV2Order | Unset):
        field_phone_number (str | Unset):
        user_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserPhoneNumberResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_phone_number=field_phone_number,
        user_ids=user_ids,
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
    field_sort_by: ListPhoneNumbersV2SortBy | Unset = UNSET,
    field_order: ListPhoneNumbersV2Order | Unset = UNSET,
    field_phone_number: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
) -> ErrorResponse | UserPhoneNumberResponsePage | None:
    """List user phone numbers with user filter

     Newer paged listing of user phone numbers for callers holding an environment (management) token,
    with up to 250 items per page. Besides sorting and phone number filtering, results can be narrowed
    to a set of user IDs.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListPhoneNumbersV2SortBy | Unset):
        field_order (ListPhoneNumbersV2Order | Unset):
        field_phone_number (str | Unset):
        user_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserPhoneNumberResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_phone_number=field_phone_number,
        user_ids=user_ids,
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
    field_sort_by: ListPhoneNumbersV2SortBy | Unset = UNSET,
    field_order: ListPhoneNumbersV2Order | Unset = UNSET,
    field_phone_number: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | UserPhoneNumberResponsePage]:
    """List user phone numbers with user filter

     Newer paged listing of user phone numbers for callers holding an environment (management) token,
    with up to 250 items per page. Besides sorting and phone number filtering, results can be narrowed
    to a set of user IDs.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListPhoneNumbersV2SortBy | Unset):
        field_order (ListPhoneNumbersV2Order | Unset):
        field_phone_number (str | Unset):
        user_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserPhoneNumberResponsePage]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_phone_number=field_phone_number,
        user_ids=user_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_limit: int | Unset = UNSET,
    field_offset: int | Unset = UNSET,
    field_sort_by: ListPhoneNumbersV2SortBy | Unset = UNSET,
    field_order: ListPhoneNumbersV2Order | Unset = UNSET,
    field_phone_number: str | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
) -> ErrorResponse | UserPhoneNumberResponsePage | None:
    """List user phone numbers with user filter

     Newer paged listing of user phone numbers for callers holding an environment (management) token,
    with up to 250 items per page. Besides sorting and phone number filtering, results can be narrowed
    to a set of user IDs.

    Args:
        field_limit (int | Unset):
        field_offset (int | Unset):
        field_sort_by (ListPhoneNumbersV2SortBy | Unset):
        field_order (ListPhoneNumbersV2Order | Unset):
        field_phone_number (str | Unset):
        user_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserPhoneNumberResponsePage
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_offset=field_offset,
        field_sort_by=field_sort_by,
        field_order=field_order,
        field_phone_number=field_phone_number,
        user_ids=user_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
