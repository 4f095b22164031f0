from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.verify_new_web_authn_device_request import VerifyNewWebAuthnDeviceRequest
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: VerifyNewWebAuthnDeviceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/webauthn/v1/devices/verify",
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyNewWebAuthnDeviceRequest,
) -> Response[Any | ErrorResponse]:
    """Finish registering a passkey

     Verifies the new credential against the challenge of the calling user's pending registration (single
    use) and the relying party, then stores it as one of the user's passkeys. A credential already
    registered anywhere in the environment is refused.

    Args:
        body (VerifyNewWebAuthnDeviceRequest):

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
    client: AuthenticatedClient,
    body: VerifyNewWebAuthnDeviceRequest,
) -> Any | ErrorResponse | None:
    """Finish registering a passkey

     Verifies the new credential against the challenge of the calling user's pending registration (single
    use) and the relying party, then stores it as one of the user's passkeys. A credential already
    registered anywhere in the environment is refused.

    Args:
        body (VerifyNewWebAuthnDeviceRequest):

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
    client: AuthenticatedClient,
    body: VerifyNewWebAuthnDeviceRequest,
) -> Response[Any | ErrorResponse]:
    """Finish registering a passkey

     Verifies the new credential against the challenge of the calling user's pending registration (single
    use) and the relying party, then stores it as one of the user's passkeys. A credential already
    registered anywhere in the environment is refused.

    Args:
        body (VerifyNewWebAuthnDeviceRequest):

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
    client: AuthenticatedClient,
    body: VerifyNewWebAuthnDeviceRequest,
) -> Any | ErrorResponse | None:
    """Finish registering a passkey

     Verifies the new credential against the challenge of the calling user's pending registration (single
    use) and the relying party, then stores it as one of the user's passkeys. A credential already
    registered anywhere in the environment is refused.

    Args:
        body (VerifyNewWebAuthnDeviceRequest):

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
