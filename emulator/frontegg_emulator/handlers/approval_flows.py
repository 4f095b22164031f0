"""Approval flows: CRUD, executing a flow (or the account's step-up flow), approvers' decisions and what
an approver is shown. How executions progress is in domain/approvals.py.

A flow created with the frontegg-tenant-id header belongs to that account; otherwise it applies to
every account of the environment.
"""

from __future__ import annotations

from typing import Any

from ..domain import approvals
from ..domain.users import iso
from .applications import acting_user
from .base import Context, Reply, operation


def _flow_view(ctx: Context, flow: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": flow["id"],
        "vendorId": ctx.env.client_id,
        "name": flow["name"],
        "isActive": flow["isActive"],
        "channels": dict(flow["channels"]),
        "configuration": dict(flow["configuration"]),
        "steps": [
            {
                "id": s["id"],
                "stepOrder": s["stepOrder"],
                "approverSelectors": {k: list(v) for k, v in s["approverSelectors"].items()},
                "configuration": dict(s["configuration"]),
                "createdAt": iso(s["createdAt"]),
                "updatedAt": iso(s["updatedAt"]),
            }
            for s in flow["steps"]
        ],
        "createdAt": iso(flow["createdAt"]),
        "updatedAt": iso(flow["updatedAt"]),
    }
    if flow.get("tenantId"):
        view["tenantId"] = flow["tenantId"]
    return view


@operation("createApprovalFlow")
def create_approval_flow(ctx: Context) -> Reply:
    flow = approvals.create_flow(ctx.env, ctx.body, ctx.tenant_id(required=False))
    return Reply(_flow_view(ctx, flow), status=201)


@operation("getApprovalFlows")
def get_approval_flows(ctx: Context) -> dict[str, Any]:
    tenant_id = ctx.tenant_id(required=False)
    found = sorted(approvals.flows(ctx.env).values(), key=lambda f: f["createdAt"])
    if tenant_id:
        found = [f for f in found if f.get("tenantId") in (None, tenant_id)]
    return {"items": [_flow_view(ctx, f) for f in found], "total": len(found)}


@operation("getApprovalFlowById")
def get_approval_flow_by_id(ctx: Context) -> dict[str, Any]:
    return _flow_view(ctx, approvals.get_flow(ctx.env, ctx.path["id"]))


@operation("updateApprovalFlow")
def update_approval_flow(ctx: Context) -> dict[str, Any]:
    flow = approvals.get_flow(ctx.env, ctx.path["id"])
    return _flow_view(ctx, approvals.update_flow(ctx.env, flow, ctx.body))


@operation("deleteApprovalFlow")
def delete_approval_flow(ctx: Context) -> None:
    approvals.delete_flow(ctx.env, ctx.path["id"])


def _execute(ctx: Context, flow: dict[str, Any] | None) -> dict[str, Any]:
    requester = acting_user(ctx)
    tenant_id = ctx.tenant_id(required=False) or requester.tenant_id
    if flow is None:
        flow = approvals.step_up_flow(ctx.env, tenant_id)
    execution = approvals.execute(ctx.env, flow, requester, tenant_id, ctx.body, ctx.gateway_url)
    return approvals.execution_view(execution)


@operation("executeApprovalFlow")
def execute_approval_flow(ctx: Context) -> dict[str, Any]:
    flow = approvals.get_flow(ctx.env, ctx.path["id"])
    return _execute(ctx, flow)


@operation("executeStepUpApprovalFlow")
def execute_step_up_approval_flow(ctx: Context) -> dict[str, Any]:
    return _execute(ctx, None)


@operation("submitApproverAction")
def submit_approver_action(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    approvals.act(
        ctx.env, b["approvalFlowExecutionId"], b["approvalFlowStepId"], b["approverId"], b["approved"], ctx.gateway_url
    )
    # {success}, not the execution: @frontegg/rest-api 7.119.0 types the answer ISubmitApprovalActionResponse.
    return {"success": True}


@operation("getExecutionData")
def get_execution_data(ctx: Context) -> dict[str, Any]:
    q = ctx.query
    found = approvals.execution_data(ctx.env, q["approvalFlowExecutionId"], q["approvalFlowStepId"], q["approverId"])
    execution = found["execution"]
    requester = ctx.env.users.get(execution["requesterId"])
    return {
        "approvalFlowName": execution["flowName"],
        "requester": requester.email if requester else execution["requesterEmail"],
        "approvalFlowRequestDate": iso(execution["createdAt"]),
        # No status: IApprovalExecutionDataResponse of @frontegg/rest-api 7.119.0 (auth/interfaces.d.ts)
        # has the flow's name and description, the requester and the request date, and the spec the
        # execution data; the strict self-check found the status fields answered beside them.
        "executionData": execution["executionData"],
    }
