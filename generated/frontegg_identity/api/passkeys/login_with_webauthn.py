from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_response import AuthenticationResponse
from ...models.error_response import ErrorResponse
from ...models.passkey_login_request import PasskeyLoginRequest
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: PasskeyLoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/auth/v1/webauthn/postlogin",
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
    body: PasskeyLoginRequest,
) -> Response[AuthenticationResponse | ErrorResponse]:
    """Finish a passkey sign-in

     Second step of signing in with a passkey. The assertion the authenticator signed is matched to its
    passkey by credential ID and to the pending challenge by the challenge it signed, then verified
    against the stored public key and signature counter. Answers the login as the password login does
    (tokens, the refresh cookie, or an MFA challenge when the user's account requires a second factor).

    Args:
        body (PasskeyLoginRequest): The authenticator's assertion, as the browser's
            credential.toJSON() gives it (rest-api IWebAuthnPostLogin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationResponse | ErrorResponse]
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
    body: PasskeyLoginRequest,
) -> AuthenticationResponse | ErrorResponse | None:
    """Finish a passkey sign-in

     Second step of signing in with a passkey. The assertion the authenticator signed is matched to its
    passkey by credential ID and to the pending challenge by the challenge it signed, then verified
    against the stored public key and signature counter. Answers the login as the password login does
    (tokens, the refresh cookie, or an MFA challenge when the user's account requires a second factor).

    Args:
        body (PasskeyLoginRequest): The authenticator's assertion, as the browser's
            credential.toJSON() gives it (rest-api IWebAuthnPostLogin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationResponse | ErrorResponse
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
    body: PasskeyLoginRequest,
) -> Response[AuthenticationResponse | ErrorResponse]:
    """Finish a passkey sign-in

     Second step of signing in with a passkey. The assertion the authenticator signed is matched to its
    passkey by credential ID and to the pending challenge by the challenge it signed, then verified
    against the stored public key and signature counter. Answers the login as the password login does
    (tokens, the refresh cookie, or an MFA challenge when the user's account requires a second factor).

    Args:
        body (PasskeyLoginRequest): The authenticator's assertion, as the browser's
            credential.toJSON() gives it (rest-api IWebAuthnPostLogin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasskeyLoginRequest,
) -> AuthenticationResponse | ErrorResponse | None:
    """Finish a passkey sign-in

     Second step of signing in with a passkey. The assertion the authenticator signed is matched to its
    passkey by credential ID and to the pending challenge by the challenge it signed, then verified
    against the stored public key and signature counter. Answers the login as the password login does
    (tokens, the refresh cookie, or an MFA challenge when the user's account requires a second factor).

    Args:
        body (PasskeyLoginRequest): The authenticator's assertion, as the browser's
            credential.toJSON() gives it (rest-api IWebAuthnPostLogin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
