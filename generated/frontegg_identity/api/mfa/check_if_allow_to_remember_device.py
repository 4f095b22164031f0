from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_allow_remember_response import CheckAllowRememberResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    mfa_token: str,
    frontegg_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(frontegg_tenant_id, Unset):
        headers["frontegg-tenant-id"] = frontegg_tenant_id

    params: dict[str, Any] = {}

    params["mfaToken"] = mfa_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/configurations/v1/mfa-policy/allow-remember-device",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckAllowRememberResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CheckAllowRememberResponse.from_dict(json_body(response))

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
) -> Response[CheckAllowRememberResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mfa_token: str,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[CheckAllowRememberResponse | ErrorResponse]:
    """Check whether devices may be remembered for MFA

     Called during login, after the first factor, to learn whether the MFA policy lets the user skip
    future MFA prompts on the current device. The answer lets the login screen can decide whether to
    offer a remember-device option.

    Args:
        mfa_token (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckAllowRememberResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        mfa_token=mfa_token,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mfa_token: str,
    frontegg_tenant_id: str | Unset = UNSET,
) -> CheckAllowRememberResponse | ErrorResponse | None:
    """Check whether devices may be remembered for MFA

     Called during login, after the first factor, to learn whether the MFA policy lets the user skip
    future MFA prompts on the current device. The answer lets the login screen can decide whether to
    offer a remember-device option.

    Args:
        mfa_token (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckAllowRememberResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        mfa_token=mfa_token,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mfa_token: str,
    frontegg_tenant_id: str | Unset = UNSET,
) -> Response[CheckAllowRememberResponse | ErrorResponse]:
    """Check whether devices may be remembered for MFA

     Called during login, after the first factor, to learn whether the MFA policy lets the user skip
    future MFA prompts on the current device. The answer lets the login screen can decide whether to
    offer a remember-device option.

    Args:
        mfa_token (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckAllowRememberResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        mfa_token=mfa_token,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mfa_token: str,
    frontegg_tenant_id: str | Unset = UNSET,
) -> CheckAllowRememberResponse | ErrorResponse | None:
    """Check whether devices may be remembered for MFA

     Called during login, after the first factor, to learn whether the MFA policy lets the user skip
    future MFA prompts on the current device. The answer lets the login screen can decide whether to
    offer a remember-device option.

    Args:
        mfa_token (str):
        frontegg_tenant_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckAllowRememberResponse | ErrorResponse
    """

    kwargs = _get_kwargs(
        mfa_token=mfa_token,
        frontegg_tenant_id=frontegg_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
