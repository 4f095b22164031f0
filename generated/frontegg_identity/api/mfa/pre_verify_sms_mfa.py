from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_request_verify_mfa_request import AuthRequestVerifyMfaRequest
from ...models.error_response import ErrorResponse
from ...models.request_verify_mfa_sms_response import RequestVerifyMfaSmsResponse
from ...types import Response, json_body


def _get_kwargs(
    device_id: str,
    *,
    body: AuthRequestVerifyMfaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/auth/v1/user/mfa/sms/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RequestVerifyMfaSmsResponse | None:
    if response.status_code == 201:
        response_201 = RequestVerifyMfaSmsResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | RequestVerifyMfaSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequestVerifyMfaRequest,
) -> Response[ErrorResponse | RequestVerifyMfaSmsResponse]:
    """Text an MFA code to a registered phone

     Used during login to start the SMS second-factor challenge for one of the user's registered SMS
    devices, using the MFA token from the login response. A code is sent to that phone and an OTC token
    is returned for the verify step.

    Args:
        device_id (str):
        body (AuthRequestVerifyMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RequestVerifyMfaSmsResponse]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequestVerifyMfaRequest,
) -> ErrorResponse | RequestVerifyMfaSmsResponse | None:
    """Text an MFA code to a registered phone

     Used during login to start the SMS second-factor challenge for one of the user's registered SMS
    devices, using the MFA token from the login response. A code is sent to that phone and an OTC token
    is returned for the verify step.

    Args:
        device_id (str):
        body (AuthRequestVerifyMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RequestVerifyMfaSmsResponse
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequestVerifyMfaRequest,
) -> Response[ErrorResponse | RequestVerifyMfaSmsResponse]:
    """Text an MFA code to a registered phone

     Used during login to start the SMS second-factor challenge for one of the user's registered SMS
    devices, using the MFA token from the login response. A code is sent to that phone and an OTC token
    is returned for the verify step.

    Args:
        device_id (str):
        body (AuthRequestVerifyMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RequestVerifyMfaSmsResponse]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequestVerifyMfaRequest,
) -> ErrorResponse | RequestVerifyMfaSmsResponse | None:
    """Text an MFA code to a registered phone

     Used during login to start the SMS second-factor challenge for one of the user's registered SMS
    devices, using the MFA token from the login response. A code is sent to that phone and an OTC token
    is returned for the verify step.

    Args:
        device_id (str):
        body (AuthRequestVerifyMfaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RequestVerifyMfaSmsResponse
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
