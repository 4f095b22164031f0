from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_roles_to_permission_request import AddRolesToPermissionRequest
from ...models.error_response import ErrorResponse
from ...models.permission_response import PermissionResponse
from ...types import Response, json_body


def _get_kwargs(
    permission_id: str,
    *,
    body: AddRolesToPermissionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/resources/permissions/v1/{permission_id}/roles".format(
            permission_id=quote(str(permission_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PermissionResponse | None:
    if response.status_code == 200:
        response_200 = PermissionResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | PermissionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRolesToPermissionRequest,
) -> Response[ErrorResponse | PermissionResponse]:
    """Attach a permission to several roles

     Adds the permission to each role whose ID is listed in the body, keeping the role links it already
    has. Called with an environment (management) token; returns the updated permission.

    Args:
        permission_id (str):
        body (AddRolesToPermissionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PermissionResponse]
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    permission_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRolesToPermissionRequest,
) -> ErrorResponse | PermissionResponse | None:
    """Attach a permission to several roles

     Adds the permission to each role whose ID is listed in the body, keeping the role links it already
    has. Called with an environment (management) token; returns the updated permission.

    Args:
        permission_id (str):
        body (AddRolesToPermissionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PermissionResponse
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRolesToPermissionRequest,
) -> Response[ErrorResponse | PermissionResponse]:
    """Attach a permission to several roles

     Adds the permission to each role whose ID is listed in the body, keeping the role links it already
    has. Called with an environment (management) token; returns the updated permission.

    Args:
        permission_id (str):
        body (AddRolesToPermissionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PermissionResponse]
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    permission_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRolesToPermissionRequest,
) -> ErrorResponse | PermissionResponse | None:
    """Attach a permission to several roles

     Adds the permission to each role whose ID is listed in the body, keeping the role links it already
    has. Called with an environment (management) token; returns the updated permission.

    Args:
        permission_id (str):
        body (AddRolesToPermissionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PermissionResponse
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
