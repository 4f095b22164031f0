from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_custom_sso_request import CreateCustomSsoRequest
from ...models.custom_sso_provider import CustomSsoProvider
from ...models.error_response import ErrorResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: CreateCustomSsoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/sso/custom/v1",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomSsoProvider | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomSsoProvider.from_dict(json_body(response))

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
) -> Response[CustomSsoProvider | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCustomSsoRequest,
) -> Response[CustomSsoProvider | ErrorResponse]:
    """Register a custom OAuth login provider

     Adds a custom social login option based on the OAuth details of an external identity provider given
    in the request body. Requires an environment (management) token issued to the vendor. Nothing is
    returned on success.

    Args:
        body (CreateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomSsoProvider | ErrorResponse]
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
    body: CreateCustomSsoRequest,
) -> CustomSsoProvider | ErrorResponse | None:
    """Register a custom OAuth login provider

     Adds a custom social login option based on the OAuth details of an external identity provider given
    in the request body. Requires an environment (management) token issued to the vendor. Nothing is
    returned on success.

    Args:
        body (CreateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomSsoProvider | ErrorResponse
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
    body: CreateCustomSsoRequest,
) -> Response[CustomSsoProvider | ErrorResponse]:
    """Register a custom OAuth login provider

     Adds a custom social login option based on the OAuth details of an external identity provider given
    in the request body. Requires an environment (management) token issued to the vendor. Nothing is
    returned on success.

    Args:
        body (CreateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomSsoProvider | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCustomSsoRequest,
) -> CustomSsoProvider | ErrorResponse | None:
    """Register a custom OAuth login provider

     Adds a custom social login option based on the OAuth details of an external identity provider given
    in the request body. Requires an environment (management) token issued to the vendor. Nothing is
    returned on success.

    Args:
        body (CreateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomSsoProvider | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
