from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.passkey_login_options_response import PasskeyLoginOptionsResponse
from ...models.passkey_pre_login_request import PasskeyPreLoginRequest
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: PasskeyPreLoginRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/auth/v1/webauthn/prelogin",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PasskeyLoginOptionsResponse | None:
    if response.status_code == 200:
        response_200 = PasskeyLoginOptionsResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_body(response))

        return response_400

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PasskeyLoginOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasskeyPreLoginRequest | Unset = UNSET,
) -> Response[ErrorResponse | PasskeyLoginOptionsResponse]:
    """Start a passkey sign-in

     First step of signing in with a passkey (WebAuthn as the only factor). Answers the request options
    for the browser's credential prompt. Naming a user by email or ID lists that user's passkeys as the
    allowed credentials (a name with no passkeys behind it, known or not, gets one credential ID no
    authenticator holds, the same each time, so the answer reveals nobody); naming nobody leaves the
    list empty so that the browser offers any discoverable passkey it holds for the relying party. The
    challenge stays valid for five minutes and can be used once.

    Args:
        body (PasskeyPreLoginRequest | Unset): Who is signing in, when known (rest-api
            IWebAuthnPreLogin: IEmailWebAuthnPreLogin or IUserIDWebAuthnPreLogin). Without either, any
            discoverable passkey may answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PasskeyLoginOptionsResponse]
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
    body: PasskeyPreLoginRequest | Unset = UNSET,
) -> ErrorResponse | PasskeyLoginOptionsResponse | None:
    """Start a passkey sign-in

     First step of signing in with a passkey (WebAuthn as the only factor). Answers the request options
    for the browser's credential prompt. Naming a user by email or ID lists that user's passkeys as the
    allowed credentials (a name with no passkeys behind it, known or not, gets one credential ID no
    authenticator holds, the same each time, so the answer reveals nobody); naming nobody leaves the
    list empty so that the browser offers any discoverable passkey it holds for the relying party. The
    challenge stays valid for five minutes and can be used once.

    Args:
        body (PasskeyPreLoginRequest | Unset): Who is signing in, when known (rest-api
            IWebAuthnPreLogin: IEmailWebAuthnPreLogin or IUserIDWebAuthnPreLogin). Without either, any
            discoverable passkey may answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PasskeyLoginOptionsResponse
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
    body: PasskeyPreLoginRequest | Unset = UNSET,
) -> Response[ErrorResponse | PasskeyLoginOptionsResponse]:
    """Start a passkey sign-in

     First step of signing in with a passkey (WebAuthn as the only factor). Answers the request options
    for the browser's credential prompt. Naming a user by email or ID lists that user's passkeys as the
    allowed credentials (a name with no passkeys behind it, known or not, gets one credential ID no
    authenticator holds, the same each time, so the answer reveals nobody); naming nobody leaves the
    list empty so that the browser offers any discoverable passkey it holds for the relying party. The
    challenge stays valid for five minutes and can be used once.

    Args:
        body (PasskeyPreLoginRequest | Unset): Who is signing in, when known (rest-api
            IWebAuthnPreLogin: IEmailWebAuthnPreLogin or IUserIDWebAuthnPreLogin). Without either, any
            discoverable passkey may answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PasskeyLoginOptionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasskeyPreLoginRequest | Unset = UNSET,
) -> ErrorResponse | PasskeyLoginOptionsResponse | None:
    """Start a passkey sign-in

     First step of signing in with a passkey (WebAuthn as the only factor). Answers the request options
    for the browser's credential prompt. Naming a user by email or ID lists that user's passkeys as the
    allowed credentials (a name with no passkeys behind it, known or not, gets one credential ID no
    authenticator holds, the same each time, so the answer reveals nobody); naming nobody leaves the
    list empty so that the browser offers any discoverable passkey it holds for the relying party. The
    challenge stays valid for five minutes and can be used once.

    Args:
        body (PasskeyPreLoginRequest | Unset): Who is signing in, when known (rest-api
            IWebAuthnPreLogin: IEmailWebAuthnPreLogin or IUserIDWebAuthnPreLogin). Without either, any
            discoverable passkey may answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PasskeyLoginOptionsResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
