from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_sso_provider import CustomSsoProvider
from ...models.error_response import ErrorResponse
from ...models.update_custom_sso_request import UpdateCustomSsoRequest
from ...types import Response, json_body


def _get_kwargs(
    id: str,
    *,
    body: UpdateCustomSsoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/resources/sso/custom/v1/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomSsoRequest,
) -> Response[CustomSsoProvider | ErrorResponse]:
    """Change a custom OAuth login provider

     Changes the OAuth settings stored for the custom login provider identified in the path. Requires an
    environment (management) token issued to the vendor. Nothing is returned on success.

    Args:
        id (str):
        body (UpdateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomSsoProvider | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomSsoRequest,
) -> CustomSsoProvider | ErrorResponse | None:
    """Change a custom OAuth login provider

     Changes the OAuth settings stored for the custom login provider identified in the path. Requires an
    environment (management) token issued to the vendor. Nothing is returned on success.

    Args:
        id (str):
        body (UpdateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomSsoProvider | ErrorResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomSsoRequest,
) -> Response[CustomSsoProvider | ErrorResponse]:
    """Change a custom OAuth login provider

     Changes the OAuth settings stored for the custom login provider identified in the path. Requires an
    environment (management) token issued to the vendor. Nothing is returned on success.

    Args:
        id (str):
        body (UpdateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomSsoProvider | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomSsoRequest,
) -> CustomSsoProvider | ErrorResponse | None:
    """Change a custom OAuth login provider

     Changes the OAuth settings stored for the custom login provider identified in the path. Requires an
    environment (management) token issued to the vendor. Nothing is returned on success.

    Args:
        id (str):
        body (UpdateCustomSsoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomSsoProvider | ErrorResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
