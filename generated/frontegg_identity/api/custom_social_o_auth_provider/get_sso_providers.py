from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_sso_providers import CustomSsoProviders
from ...models.error_response import ErrorResponse
from ...types import Response, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/sso/custom/v1",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomSsoProviders | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomSsoProviders.from_dict(json_body(response))

        return response_200

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
) -> Response[CustomSsoProviders | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CustomSsoProviders | ErrorResponse]:
    """List custom OAuth login providers

     Returns the custom social login providers set up in the environment, never their client secrets.
    With an environment (management) token every provider is listed; without a token (the login box
    lists the sign-in buttons before anyone is signed in) only the active ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomSsoProviders | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CustomSsoProviders | ErrorResponse | None:
    """List custom OAuth login providers

     Returns the custom social login providers set up in the environment, never their client secrets.
    With an environment (management) token every provider is listed; without a token (the login box
    lists the sign-in buttons before anyone is signed in) only the active ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomSsoProviders | ErrorResponse
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CustomSsoProviders | ErrorResponse]:
    """List custom OAuth login providers

     Returns the custom social login providers set up in the environment, never their client secrets.
    With an environment (management) token every provider is listed; without a token (the login box
    lists the sign-in buttons before anyone is signed in) only the active ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomSsoProviders | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CustomSsoProviders | ErrorResponse | None:
    """List custom OAuth login providers

     Returns the custom social login providers set up in the environment, never their client secrets.
    With an environment (management) token every provider is listed; without a token (the login box
    lists the sign-in buttons before anyone is signed in) only the active ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomSsoProviders | ErrorResponse
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
