from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mfa_config_request import MfaConfigRequest
from ...models.mfa_config_response import MfaConfigResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: MfaConfigRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/configurations/v1/mfa",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MfaConfigResponse | None:
    if response.status_code == 201:
        response_201 = MfaConfigResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | MfaConfigResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MfaConfigRequest,
) -> Response[ErrorResponse | MfaConfigResponse]:
    """Save the environment MFA settings

     Writes the multi-factor authentication settings for the environment from the objects in the request
    body. Requires an environment (management) token issued to the vendor. The resulting MFA
    configuration is returned.

    Args:
        body (MfaConfigRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MfaConfigResponse]
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
    body: MfaConfigRequest,
) -> ErrorResponse | MfaConfigResponse | None:
    """Save the environment MFA settings

     Writes the multi-factor authentication settings for the environment from the objects in the request
    body. Requires an environment (management) token issued to the vendor. The resulting MFA
    configuration is returned.

    Args:
        body (MfaConfigRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MfaConfigResponse
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
    body: MfaConfigRequest,
) -> Response[ErrorResponse | MfaConfigResponse]:
    """Save the environment MFA settings

     Writes the multi-factor authentication settings for the environment from the objects in the request
    body. Requires an environment (management) token issued to the vendor. The resulting MFA
    configuration is returned.

    Args:
        body (MfaConfigRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MfaConfigResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MfaConfigRequest,
) -> ErrorResponse | MfaConfigResponse | None:
    """Save the environment MFA settings

     Writes the multi-factor authentication settings for the environment from the objects in the request
    body. Requires an environment (management) token issued to the vendor. The resulting MFA
    configuration is returned.

    Args:
        body (MfaConfigRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MfaConfigResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
