from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enroll_my_web_authn_mfa_request import EnrollMyWebAuthnMfaRequest
from ...models.error_response import ErrorResponse
from ...models.verify_enroll_mfa_response import VerifyEnrollMfaResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: EnrollMyWebAuthnMfaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v1/mfa/webauthn/enroll/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerifyEnrollMfaResponse | None:
    if response.status_code == 200:
        response_200 = VerifyEnrollMfaResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | VerifyEnrollMfaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EnrollMyWebAuthnMfaRequest,
) -> Response[ErrorResponse | VerifyEnrollMfaResponse]:
    """Finish adding a WebAuthn MFA device for the signed-in user

     Verifies the new credential against the challenge of the webauthnToken (single use, this user's
    only) and enrolls it as a second factor. Answers a new recovery code; the previous one stops
    working.

    Args:
        body (EnrollMyWebAuthnMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyEnrollMfaResponse]
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
    body: EnrollMyWebAuthnMfaRequest,
) -> ErrorResponse | VerifyEnrollMfaResponse | None:
    """Finish adding a WebAuthn MFA device for the signed-in user

     Verifies the new credential against the challenge of the webauthnToken (single use, this user's
    only) and enrolls it as a second factor. Answers a new recovery code; the previous one stops
    working.

    Args:
        body (EnrollMyWebAuthnMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyEnrollMfaResponse
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
    body: EnrollMyWebAuthnMfaRequest,
) -> Response[ErrorResponse | VerifyEnrollMfaResponse]:
    """Finish adding a WebAuthn MFA device for the signed-in user

     Verifies the new credential against the challenge of the webauthnToken (single use, this user's
    only) and enrolls it as a second factor. Answers a new recovery code; the previous one stops
    working.

    Args:
        body (EnrollMyWebAuthnMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyEnrollMfaResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EnrollMyWebAuthnMfaRequest,
) -> ErrorResponse | VerifyEnrollMfaResponse | None:
    """Finish adding a WebAuthn MFA device for the signed-in user

     Verifies the new credential against the challenge of the webauthnToken (single use, this user's
    only) and enrolls it as a second factor. Answers a new recovery code; the previous one stops
    working.

    Args:
        body (EnrollMyWebAuthnMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyEnrollMfaResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
