from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unpublished_reset_phone_number_request import UnpublishedResetPhoneNumberRequest
from ...models.unpublished_reset_phone_number_response import UnpublishedResetPhoneNumberResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: UnpublishedResetPhoneNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v1/phone/reset",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UnpublishedResetPhoneNumberResponse | None:
    if response.status_code == 201:
        response_201 = UnpublishedResetPhoneNumberResponse.from_dict(json_body(response))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_body(response))

        return response_400

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UnpublishedResetPhoneNumberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedResetPhoneNumberRequest,
) -> Response[ErrorResponse | UnpublishedResetPhoneNumberResponse]:
    """Start replacing a lost sign-in phone number

     For a user who signs in with SMS codes and no longer has the phone. Emails a six-digit code to the
    address given and answers a token to verify it with. The answer looks the same for an address no
    user has, so it reveals nothing.

    Args:
        body (UnpublishedResetPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnpublishedResetPhoneNumberResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedResetPhoneNumberRequest,
) -> ErrorResponse | UnpublishedResetPhoneNumberResponse | None:
    """Start replacing a lost sign-in phone number

     For a user who signs in with SMS codes and no longer has the phone. Emails a six-digit code to the
    address given and answers a token to verify it with. The answer looks the same for an address no
    user has, so it reveals nothing.

    Args:
        body (UnpublishedResetPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnpublishedResetPhoneNumberResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedResetPhoneNumberRequest,
) -> Response[ErrorResponse | UnpublishedResetPhoneNumberResponse]:
    """Start replacing a lost sign-in phone number

     For a user who signs in with SMS codes and no longer has the phone. Emails a six-digit code to the
    address given and answers a token to verify it with. The answer looks the same for an address no
    user has, so it reveals nothing.

    Args:
        body (UnpublishedResetPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnpublishedResetPhoneNumberResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedResetPhoneNumberRequest,
) -> ErrorResponse | UnpublishedResetPhoneNumberResponse | None:
    """Start replacing a lost sign-in phone number

     For a user who signs in with SMS codes and no longer has the phone. Emails a six-digit code to the
    address given and answers a token to verify it with. The answer looks the same for an address no
    user has, so it reveals nothing.

    Args:
        body (UnpublishedResetPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnpublishedResetPhoneNumberResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
