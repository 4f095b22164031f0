from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sms_template_request import CreateSmsTemplateRequest
from ...models.error_response import ErrorResponse
from ...models.sms_template_response import SmsTemplateResponse
from ...types import Response, json_body


def _get_kwargs(
    type_: str,
    *,
    body: CreateSmsTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resources/configurations/v1/sms/templates/{type_}".format(
            type_=quote(str(type_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsTemplateResponse | None:
    if response.status_code == 200:
        response_200 = SmsTemplateResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 201:
        response_201 = SmsTemplateResponse.from_dict(json_body(response))

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_body(response))

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SmsTemplateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: CreateSmsTemplateRequest,
) -> Response[ErrorResponse | SmsTemplateResponse]:
    """Save an SMS template for a type

     Creates or overwrites the SMS template for the type given in the path using the content in the
    request body. Requires an environment (management) token issued to the vendor. The stored template
    is returned.

    Args:
        type_ (str):
        body (CreateSmsTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsTemplateResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: CreateSmsTemplateRequest,
) -> ErrorResponse | SmsTemplateResponse | None:
    """Save an SMS template for a type

     Creates or overwrites the SMS template for the type given in the path using the content in the
    request body. Requires an environment (management) token issued to the vendor. The stored template
    is returned.

    Args:
        type_ (str):
        body (CreateSmsTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsTemplateResponse
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: CreateSmsTemplateRequest,
) -> Response[ErrorResponse | SmsTemplateResponse]:
    """Save an SMS template for a type

     Creates or overwrites the SMS template for the type given in the path using the content in the
    request body. Requires an environment (management) token issued to the vendor. The stored template
    is returned.

    Args:
        type_ (str):
        body (CreateSmsTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsTemplateResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: CreateSmsTemplateRequest,
) -> ErrorResponse | SmsTemplateResponse | None:
    """Save an SMS template for a type

     Creates or overwrites the SMS template for the type given in the path using the content in the
    request body. Requires an environment (management) token issued to the vendor. The stored template
    is returned.

    Args:
        type_ (str):
        body (CreateSmsTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsTemplateResponse
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
