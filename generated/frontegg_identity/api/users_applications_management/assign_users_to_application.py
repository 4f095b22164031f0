from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_user_tenants_response import ApplicationUserTenantsResponse
from ...models.assign_users_to_app_request import AssignUsersToAppRequest
from ...models.error_response import ErrorResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: AssignUsersToAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/applications/v1",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ApplicationUserTenantsResponse] | None:
    if response.status_code == 201:
        response_201 = [
            ApplicationUserTenantsResponse.from_dict(response_201_item_data)
            for response_201_item_data in json_body(response)
        ]

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
) -> Response[ErrorResponse | list[ApplicationUserTenantsResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AssignUsersToAppRequest,
) -> Response[ErrorResponse | list[ApplicationUserTenantsResponse]]:
    """Grant users access to an application

     Assigns the listed user IDs, within the account (tenant) given in the body, to the application named
    by appId in the body. Called with an environment/management token; returns one record per assignment
    created.

    Args:
        body (AssignUsersToAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ApplicationUserTenantsResponse]]
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
    body: AssignUsersToAppRequest,
) -> ErrorResponse | list[ApplicationUserTenantsResponse] | None:
    """Grant users access to an application

     Assigns the listed user IDs, within the account (tenant) given in the body, to the application named
    by appId in the body. Called with an environment/management token; returns one record per assignment
    created.

    Args:
        body (AssignUsersToAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ApplicationUserTenantsResponse]
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
    body: AssignUsersToAppRequest,
) -> Response[ErrorResponse | list[ApplicationUserTenantsResponse]]:
    """Grant users access to an application

     Assigns the listed user IDs, within the account (tenant) given in the body, to the application named
    by appId in the body. Called with an environment/management token; returns one record per assignment
    created.

    Args:
        body (AssignUsersToAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ApplicationUserTenantsResponse]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssignUsersToAppRequest,
) -> ErrorResponse | list[ApplicationUserTenantsResponse] | None:
    """Grant users access to an application

     Assigns the listed user IDs, within the account (tenant) given in the body, to the application named
    by appId in the body. Called with an environment/management token; returns one record per assignment
    created.

    Args:
        body (AssignUsersToAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ApplicationUserTenantsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
