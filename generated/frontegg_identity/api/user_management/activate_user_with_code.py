from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activate_user_with_code import ActivateUserWithCode
from ...models.authentication_response import AuthenticationResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: ActivateUserWithCode,
    frontegg_vendor_host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_vendor_host, Unset):
        headers["frontegg-vendor-host"] = frontegg_vendor_host

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v1/activate/code",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthenticationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthenticationResponse.from_dict(json_body(response))

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
) -> Response[AuthenticationResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActivateUserWithCode,
    frontegg_vendor_host: str | Unset = UNSET,
) -> Response[AuthenticationResponse | ErrorResponse]:
    """Activate a pending user with a code

     Activation variant for custom flows that also requires a one-time code next to the userId and
    activation token, with a password and reCAPTCHA token when the sign-in flow needs them. Called
    without a user token during onboarding; returns authentication tokens on success.

    Args:
        frontegg_vendor_host (str | Unset):
        body (ActivateUserWithCode):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_vendor_host=frontegg_vendor_host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ActivateUserWithCode,
    frontegg_vendor_host: str | Unset = UNSET,
) -> AuthenticationResponse | ErrorResponse | None:
    """Activate a pending user with a code

     Activation variant for custom flows that also requires a one-time code next to the userId and
    activation token, with a password and reCAPTCHA token when the sign-in flow needs them. Called
    without a user token during onboarding; returns authentication tokens on success.

    Args:
        frontegg_vendor_host (str | Unset):
        body (ActivateUserWithCode):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_vendor_host=frontegg_vendor_host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActivateUserWithCode,
    frontegg_vendor_host: str | Unset = UNSET,
) -> Response[AuthenticationResponse | ErrorResponse]:
    """Activate a pending user with a code

     Activation variant for custom flows that also requires a one-time code next to the userId and
    activation token, with a password and reCAPTCHA token when the sign-in flow needs them. Called
    without a user token during onboarding; returns authentication tokens on success.

    Args:
        frontegg_vendor_host (str | Unset):
        body (ActivateUserWithCode):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_vendor_host=frontegg_vendor_host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ActivateUserWithCode,
    frontegg_vendor_host: str | Unset = UNSET,
) -> AuthenticationResponse | ErrorResponse | None:
    """Activate a pending user with a code

     Activation variant for custom flows that also requires a one-time code next to the userId and
    activation token, with a password and reCAPTCHA token when the sign-in flow needs them. Called
    without a user token during onboarding; returns authentication tokens on success.

    Args:
        frontegg_vendor_host (str | Unset):
        body (ActivateUserWithCode):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_vendor_host=frontegg_vendor_host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
