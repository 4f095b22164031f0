from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invite_token import InviteToken
from ...models.update_invite_token_request import UpdateInviteTokenRequest
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: UpdateInviteTokenRequest,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_user_id, Unset):
        headers["frontegg-user-id"] = frontegg_user_id

    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/resources/tenants/invites/v1/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InviteToken | None:
    if response.status_code == 200:
        response_200 = InviteToken.from_dict(json_body(response))

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
) -> Response[ErrorResponse | InviteToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateInviteTokenRequest,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | InviteToken]:
    """Change a user's invitation expiry or email

     Edits the personal invitation of the user in the header, resetting its lifetime through
    expiresInMinutes and deciding via shouldSendEmail whether an email goes out. Called with an
    environment/management token; returns the updated invitation.

    Args:
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (UpdateInviteTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InviteToken]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateInviteTokenRequest,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | InviteToken | None:
    """Change a user's invitation expiry or email

     Edits the personal invitation of the user in the header, resetting its lifetime through
    expiresInMinutes and deciding via shouldSendEmail whether an email goes out. Called with an
    environment/management token; returns the updated invitation.

    Args:
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (UpdateInviteTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InviteToken
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateInviteTokenRequest,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[ErrorResponse | InviteToken]:
    """Change a user's invitation expiry or email

     Edits the personal invitation of the user in the header, resetting its lifetime through
    expiresInMinutes and deciding via shouldSendEmail whether an email goes out. Called with an
    environment/management token; returns the updated invitation.

    Args:
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (UpdateInviteTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InviteToken]
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateInviteTokenRequest,
    frontegg_user_id: str | Unset = UNSET,
    frontegg_tenant_id: str | Unset = UNSET,
) -> ErrorResponse | InviteToken | None:
    """Change a user's invitation expiry or email

     Edits the personal invitation of the user in the header, resetting its lifetime through
    expiresInMinutes and deciding via shouldSendEmail whether an email goes out. Called with an
    environment/management token; returns the updated invitation.

    Args:
        frontegg_user_id (str | Unset):
        frontegg_tenant_id (str | Unset):
        body (UpdateInviteTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InviteToken
    """

    kwargs = _get_kwargs(
        body=body,
        frontegg_user_id=frontegg_user_id,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
