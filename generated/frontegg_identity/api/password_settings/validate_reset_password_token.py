from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unpublished_validate_reset_password_token_request import UnpublishedValidateResetPasswordTokenRequest
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: UnpublishedValidateResetPasswordTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v1/passwords/reset/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_body(response))

        return response_400

    if response.status_code == 410:
        response_410 = ErrorResponse.from_dict(json_body(response))

        return response_410

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedValidateResetPasswordTokenRequest,
) -> Response[Any | ErrorResponse]:
    """Check a password reset link before using it

     Tells the reset page whether the token of a reset link can still set a new password for this user,
    without using it up. A token that was never issued, belongs to another user, has expired or has
    already been used gets 410, so the answer says nothing about who has an account.

    Args:
        body (UnpublishedValidateResetPasswordTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: UnpublishedValidateResetPasswordTokenRequest,
) -> Any | ErrorResponse | None:
    """Check a password reset link before using it

     Tells the reset page whether the token of a reset link can still set a new password for this user,
    without using it up. A token that was never issued, belongs to another user, has expired or has
    already been used gets 410, so the answer says nothing about who has an account.

    Args:
        body (UnpublishedValidateResetPasswordTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: UnpublishedValidateResetPasswordTokenRequest,
) -> Response[Any | ErrorResponse]:
    """Check a password reset link before using it

     Tells the reset page whether the token of a reset link can still set a new password for this user,
    without using it up. A token that was never issued, belongs to another user, has expired or has
    already been used gets 410, so the answer says nothing about who has an account.

    Args:
        body (UnpublishedValidateResetPasswordTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedValidateResetPasswordTokenRequest,
) -> Any | ErrorResponse | None:
    """Check a password reset link before using it

     Tells the reset page whether the token of a reset link can still set a new password for this user,
    without using it up. A token that was never issued, belongs to another user, has expired or has
    already been used gets 410, so the answer says nothing about who has an account.

    Args:
        body (UnpublishedValidateResetPasswordTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
