from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_tenant_access_token_response import AuthTenantAccessTokenResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    id: str,
    *,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/vendor-only/tenants/access-tokens/v1/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthTenantAccessTokenResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthTenantAccessTokenResponse.from_dict(json_body(response))

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
) -> Response[AuthTenantAccessTokenResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[AuthTenantAccessTokenResponse | ErrorResponse]:
    """Look up an account access token

     Returns the stored data of one account-level (tenant) access token within the account given in the
    header. This is a vendor-only route called with an environment token.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthTenantAccessTokenResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> AuthTenantAccessTokenResponse | ErrorResponse | None:
    """Look up an account access token

     Returns the stored data of one account-level (tenant) access token within the account given in the
    header. This is a vendor-only route called with an environment token.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthTenantAccessTokenResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[AuthTenantAccessTokenResponse | ErrorResponse]:
    """Look up an account access token

     Returns the stored data of one account-level (tenant) access token within the account given in the
    header. This is a vendor-only route called with an environment token.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthTenantAccessTokenResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
) -> AuthTenantAccessTokenResponse | ErrorResponse | None:
    """Look up an account access token

     Returns the stored data of one account-level (tenant) access token within the account given in the
    header. This is a vendor-only route called with an environment token.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthTenantAccessTokenResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
