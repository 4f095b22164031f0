from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    id: str,
    *,
    frontegg_tenant_id: str | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    if not isinstance(frontegg_user_id, Unset):
        headers["frontegg-user-id"] = frontegg_user_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/resources/users/api-tokens/v1/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    frontegg_user_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete personal client credentials

     Removes one of the user's client-credential tokens by its ID so it can no longer authenticate.
    Called by an end user with their user token; returns no body.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
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
    frontegg_user_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete personal client credentials

     Removes one of the user's client-credential tokens by its ID so it can no longer authenticate.
    Called by an end user with their user token; returns no body.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
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
    frontegg_user_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete personal client credentials

     Removes one of the user's client-credential tokens by its ID so it can no longer authenticate.
    Called by an end user with their user token; returns no body.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    frontegg_tenant_id: str | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete personal client credentials

     Removes one of the user's client-credential tokens by its ID so it can no longer authenticate.
    Called by an end user with their user token; returns no body.

    Args:
        id (str):
        frontegg_tenant_id (str | Unset):
        frontegg_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        id=id,
        frontegg_tenant_id=frontegg_tenant_id,
        frontegg_user_id=frontegg_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
