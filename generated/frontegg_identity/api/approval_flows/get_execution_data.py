from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.execution_data_response import ExecutionDataResponse
from ...types import UNSET, Response, json_body


def _get_kwargs(
    *,
    approval_flow_execution_id: str,
    approver_id: str,
    approval_flow_step_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["approvalFlowExecutionId"] = approval_flow_execution_id

    params["approverId"] = approver_id

    params["approvalFlowStepId"] = approval_flow_step_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/approval-flows/v1/execution-data",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExecutionDataResponse | None:
    if response.status_code == 200:
        response_200 = ExecutionDataResponse.from_dict(json_body(response))

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
) -> Response[ErrorResponse | ExecutionDataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    approval_flow_execution_id: str,
    approver_id: str,
    approval_flow_step_id: str,
) -> Response[ErrorResponse | ExecutionDataResponse]:
    """Read data for an approval flow execution

     Returns the details of a running approval flow execution as seen by one approver at one step, for
    example to show the approver what is being requested.

    Args:
        approval_flow_execution_id (str):
        approver_id (str):
        approval_flow_step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionDataResponse]
    """

    kwargs = _get_kwargs(
        approval_flow_execution_id=approval_flow_execution_id,
        approver_id=approver_id,
        approval_flow_step_id=approval_flow_step_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    approval_flow_execution_id: str,
    approver_id: str,
    approval_flow_step_id: str,
) -> ErrorResponse | ExecutionDataResponse | None:
    """Read data for an approval flow execution

     Returns the details of a running approval flow execution as seen by one approver at one step, for
    example to show the approver what is being requested.

    Args:
        approval_flow_execution_id (str):
        approver_id (str):
        approval_flow_step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionDataResponse
    """

    kwargs = _get_kwargs(
        approval_flow_execution_id=approval_flow_execution_id,
        approver_id=approver_id,
        approval_flow_step_id=approval_flow_step_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    approval_flow_execution_id: str,
    approver_id: str,
    approval_flow_step_id: str,
) -> Response[ErrorResponse | ExecutionDataResponse]:
    """Read data for an approval flow execution

     Returns the details of a running approval flow execution as seen by one approver at one step, for
    example to show the approver what is being requested.

    Args:
        approval_flow_execution_id (str):
        approver_id (str):
        approval_flow_step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionDataResponse]
    """

    kwargs = _get_kwargs(
        approval_flow_execution_id=approval_flow_execution_id,
        approver_id=approver_id,
        approval_flow_step_id=approval_flow_step_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    approval_flow_execution_id: str,
    approver_id: str,
    approval_flow_step_id: str,
) -> ErrorResponse | ExecutionDataResponse | None:
    """Read data for an approval flow execution

     Returns the details of a running approval flow execution as seen by one approver at one step, for
    example to show the approver what is being requested.

    Args:
        approval_flow_execution_id (str):
        approver_id (str):
        approval_flow_step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionDataResponse
    """

    kwargs = _get_kwargs(
        approval_flow_execution_id=approval_flow_execution_id,
        approver_id=approver_id,
        approval_flow_step_id=approval_flow_step_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
