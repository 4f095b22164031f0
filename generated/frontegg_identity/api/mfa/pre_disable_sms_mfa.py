from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.request_disable_mfa_request import RequestDisableMfaRequest
from ...models.request_disable_mfa_sms_response import RequestDisableMfaSmsResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    device_id: str,
    *,
    body: RequestDisableMfaRequest | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_user_id, Unset):
        headers["frontegg-user-id"] = frontegg_user_id

    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/users/v1/mfa/sms/{device_id}/disable".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RequestDisableMfaSmsResponse | None:
    if response.status_code == 200:
        response_200 = RequestDisableMfaSmsResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | RequestDisableMfaSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestDisableMfaRequest | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RequestDisableMfaSmsResponse]:
    """Request removal of an SMS MFA device

     First step for a logged-in user to remove an SMS second-factor device: a code is texted to the phone
    of that device. The response carries an OTC token that must be sent with the code to the matching
    verify call.

    Args:
        device_id (str):
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (RequestDisableMfaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RequestDisableMfaSmsResponse]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestDisableMfaRequest | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | RequestDisableMfaSmsResponse | None:
    """Request removal of an SMS MFA device

     First step for a logged-in user to remove an SMS second-factor device: a code is texted to the phone
    of that device. The response carries an OTC token that must be sent with the code to the matching
    verify call.

    Args:
        device_id (str):
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (RequestDisableMfaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RequestDisableMfaSmsResponse
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestDisableMfaRequest | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RequestDisableMfaSmsResponse]:
    """Request removal of an SMS MFA device

     First step for a logged-in user to remove an SMS second-factor device: a code is texted to the phone
    of that device. The response carries an OTC token that must be sent with the code to the matching
    verify call.

    Args:
        device_id (str):
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (RequestDisableMfaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RequestDisableMfaSmsResponse]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestDisableMfaRequest | Unset = UNSET,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | RequestDisableMfaSmsResponse | None:
    """Request removal of an SMS MFA device

     First step for a logged-in user to remove an SMS second-factor device: a code is texted to the phone
    of that device. The response carries an OTC token that must be sent with the code to the matching
    verify call.

    Args:
        device_id (str):
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (RequestDisableMfaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RequestDisableMfaSmsResponse
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
