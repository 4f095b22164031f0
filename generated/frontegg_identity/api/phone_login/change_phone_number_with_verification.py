from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unpublished_change_phone_number_with_verification_request import (
    UnpublishedChangePhoneNumberWithVerificationRequest,
)
from ...models.unpublished_change_phone_number_with_verification_response import (
    UnpublishedChangePhoneNumberWithVerificationResponse,
)
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: UnpublishedChangePhoneNumberWithVerificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v1/phone",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse | None:
    if response.status_code == 201:
        response_201 = UnpublishedChangePhoneNumberWithVerificationResponse.from_dict(json_body(response))

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_body(response))

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UnpublishedChangePhoneNumberWithVerificationRequest,
) -> Response[ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse]:
    """Start changing the signed-in user's sign-in phone number

     Texts a six-digit code to the new number and answers the id of the pending change; the number
    becomes the user's only once the code comes back.

    Args:
        body (UnpublishedChangePhoneNumberWithVerificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse]
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
    client: AuthenticatedClient,
    body: UnpublishedChangePhoneNumberWithVerificationRequest,
) -> ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse | None:
    """Start changing the signed-in user's sign-in phone number

     Texts a six-digit code to the new number and answers the id of the pending change; the number
    becomes the user's only once the code comes back.

    Args:
        body (UnpublishedChangePhoneNumberWithVerificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse
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
    client: AuthenticatedClient,
    body: UnpublishedChangePhoneNumberWithVerificationRequest,
) -> Response[ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse]:
    """Start changing the signed-in user's sign-in phone number

     Texts a six-digit code to the new number and answers the id of the pending change; the number
    becomes the user's only once the code comes back.

    Args:
        body (UnpublishedChangePhoneNumberWithVerificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UnpublishedChangePhoneNumberWithVerificationRequest,
) -> ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse | None:
    """Start changing the signed-in user's sign-in phone number

     Texts a six-digit code to the new number and answers the id of the pending change; the number
    becomes the user's only once the code comes back.

    Args:
        body (UnpublishedChangePhoneNumberWithVerificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnpublishedChangePhoneNumberWithVerificationResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
