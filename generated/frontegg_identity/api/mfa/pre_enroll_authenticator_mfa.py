from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_request_enroll_mfa_request import AuthRequestEnrollMfaRequest
from ...models.error_response import ErrorResponse
from ...models.request_enroll_authenticator_app_mfa_response import RequestEnrollAuthenticatorAppMfaResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: AuthRequestEnrollMfaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/auth/v1/user/mfa/authenticator/enroll",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse | None:
    if response.status_code == 201:
        response_201 = RequestEnrollAuthenticatorAppMfaResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequestEnrollMfaRequest,
) -> Response[ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse]:
    """Begin authenticator app setup during login

     Called during login by a user who is required to set up MFA, passing the MFA token from the login
    response. Returns the QR code and related data needed to register an authenticator app before
    verifying it.

    Args:
        body (AuthRequestEnrollMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse]
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
    body: AuthRequestEnrollMfaRequest,
) -> ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse | None:
    """Begin authenticator app setup during login

     Called during login by a user who is required to set up MFA, passing the MFA token from the login
    response. Returns the QR code and related data needed to register an authenticator app before
    verifying it.

    Args:
        body (AuthRequestEnrollMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse
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
    body: AuthRequestEnrollMfaRequest,
) -> Response[ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse]:
    """Begin authenticator app setup during login

     Called during login by a user who is required to set up MFA, passing the MFA token from the login
    response. Returns the QR code and related data needed to register an authenticator app before
    verifying it.

    Args:
        body (AuthRequestEnrollMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequestEnrollMfaRequest,
) -> ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse | None:
    """Begin authenticator app setup during login

     Called during login by a user who is required to set up MFA, passing the MFA token from the login
    response. Returns the QR code and related data needed to register an authenticator app before
    verifying it.

    Args:
        body (AuthRequestEnrollMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RequestEnrollAuthenticatorAppMfaResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
