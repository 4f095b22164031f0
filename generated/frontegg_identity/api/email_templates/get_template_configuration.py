from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_template_configuration_type import (
    GetTemplateConfigurationType,
)
from ...models.get_template_response import GetTemplateResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    type_: GetTemplateConfigurationType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/mail/v1/configs/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[GetTemplateResponse] | None:
    if response.status_code == 200:
        response_200 = [
            GetTemplateResponse.from_dict(response_200_item_data) for response_200_item_data in json_body(response)
        ]

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
) -> Response[ErrorResponse | list[GetTemplateResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: GetTemplateConfigurationType | Unset = UNSET,
) -> Response[ErrorResponse | list[GetTemplateResponse]]:
    """List email templates

     Returns the environment's email templates, or only the one matching the optional type filter.
    Requires an environment (management) token issued to the vendor.

    Args:
        type_ (GetTemplateConfigurationType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[GetTemplateResponse]]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: GetTemplateConfigurationType | Unset = UNSET,
) -> ErrorResponse | list[GetTemplateResponse] | None:
    """List email templates

     Returns the environment's email templates, or only the one matching the optional type filter.
    Requires an environment (management) token issued to the vendor.

    Args:
        type_ (GetTemplateConfigurationType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[GetTemplateResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: GetTemplateConfigurationType | Unset = UNSET,
) -> Response[ErrorResponse | list[GetTemplateResponse]]:
    """List email templates

     Returns the environment's email templates, or only the one matching the optional type filter.
    Requires an environment (management) token issued to the vendor.

    Args:
        type_ (GetTemplateConfigurationType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[GetTemplateResponse]]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: GetTemplateConfigurationType | Unset = UNSET,
) -> ErrorResponse | list[GetTemplateResponse] | None:
    """List email templates

     Returns the environment's email templates, or only the one matching the optional type filter.
    Requires an environment (management) token issued to the vendor.

    Args:
        type_ (GetTemplateConfigurationType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[GetTemplateResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
