from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_api_token import CreateUserApiToken
from ...models.create_user_api_token_response import CreateUserApiTokenResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: CreateUserApiToken,
    frontegg_tenant_id: str | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    if not isinstance(frontegg_user_id, Unset):
        headers["frontegg-user-id"] = frontegg_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/api-tokens/v1",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserApiTokenResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateUserApiTokenResponse.from_dict(json_body(response))

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
) -> Response[CreateUserApiTokenResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserApiToken,
    frontegg_tenant_id: str | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
) -> Response[CreateUserApiTokenResponse | ErrorResponse]:
    """Create personal client credentials

     Generates a client ID and secret that act as the user in the header within their account (tenant),
    with an optional description, metadata and expiry. Called by an end user with their user token;
    returns the new credentials.

    Args:
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):
        body (CreateUserApiToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserApiTokenResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateUserApiToken,
    frontegg_tenant_id: str | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
) -> CreateUserApiTokenResponse | ErrorResponse | None:
    """Create personal client credentials

     Generates a client ID and secret that act as the user in the header within their account (tenant),
    with an optional description, metadata and expiry. Called by an end user with their user token;
    returns the new credentials.

    Args:
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):
        body (CreateUserApiToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserApiTokenResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserApiToken,
    frontegg_tenant_id: str | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
) -> Response[CreateUserApiTokenResponse | ErrorResponse]:
    """Create personal client credentials

     Generates a client ID and secret that act as the user in the header within their account (tenant),
    with an optional description, metadata and expiry. Called by an end user with their user token;
    returns the new credentials.

    Args:
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):
        body (CreateUserApiToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserApiTokenResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateUserApiToken,
    frontegg_tenant_id: str | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
) -> CreateUserApiTokenResponse | ErrorResponse | None:
    """Create personal client credentials

     Generates a client ID and secret that act as the user in the header within their account (tenant),
    with an optional description, metadata and expiry. Called by an end user with their user token;
    returns the new credentials.

    Args:
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):
        body (CreateUserApiToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserApiTokenResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
