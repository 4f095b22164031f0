from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_response import AuthenticationResponse
from ...models.error_response import ErrorResponse
from ...models.unpublished_generate_step_up_request import UnpublishedGenerateStepUpRequest
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: UnpublishedGenerateStepUpRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/auth/v1/user/step-up/generate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthenticationResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AuthenticationResponse.from_dict(json_body(response))

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
    client: AuthenticatedClient,
    body: UnpublishedGenerateStepUpRequest | Unset = UNSET,
) -> Response[AuthenticationResponse | ErrorResponse]:
    """Ask the signed-in user for a fresh second factor

     Starts a step-up of the caller's login. When the login already passed a second factor within maxAge
    seconds, the answer is a new token of it right away; otherwise it is an MFA token and the user's
    devices, to be completed with the usual MFA verification operations, whose answer then carries the
    step-up claims (acr, amr, auth_time). A user with no MFA device gets 400 "MFA is not enrolled".

    Args:
        body (UnpublishedGenerateStepUpRequest | Unset):

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
    client: AuthenticatedClient,
    body: UnpublishedGenerateStepUpRequest | Unset = UNSET,
) -> AuthenticationResponse | ErrorResponse | None:
    """Ask the signed-in user for a fresh second factor

     Starts a step-up of the caller's login. When the login already passed a second factor within maxAge
    seconds, the answer is a new token of it right away; otherwise it is an MFA token and the user's
    devices, to be completed with the usual MFA verification operations, whose answer then carries the
    step-up claims (acr, amr, auth_time). A user with no MFA device gets 400 "MFA is not enrolled".

    Args:
        body (UnpublishedGenerateStepUpRequest | Unset):

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
    client: AuthenticatedClient,
    body: UnpublishedGenerateStepUpRequest | Unset = UNSET,
) -> Response[AuthenticationResponse | ErrorResponse]:
    """Ask the signed-in user for a fresh second factor

     Starts a step-up of the caller's login. When the login already passed a second factor within maxAge
    seconds, the answer is a new token of it right away; otherwise it is an MFA token and the user's
    devices, to be completed with the usual MFA verification operations, whose answer then carries the
    step-up claims (acr, amr, auth_time). A user with no MFA device gets 400 "MFA is not enrolled".

    Args:
        body (UnpublishedGenerateStepUpRequest | Unset):

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
    client: AuthenticatedClient,
    body: UnpublishedGenerateStepUpRequest | Unset = UNSET,
) -> AuthenticationResponse | ErrorResponse | None:
    """Ask the signed-in user for a fresh second factor

     Starts a step-up of the caller's login. When the login already passed a second factor within maxAge
    seconds, the answer is a new token of it right away; otherwise it is an MFA token and the user's
    devices, to be completed with the usual MFA verification operations, whose answer then carries the
    step-up claims (acr, amr, auth_time). A user with no MFA device gets 400 "MFA is not enrolled".

    Args:
        body (UnpublishedGenerateStepUpRequest | Unset):

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
