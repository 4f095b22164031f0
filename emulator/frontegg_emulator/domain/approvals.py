"""Approval flows and their executions. Plain functions over an Environment; no HTTP.

A flow is an ordered list of steps; each step names its approvers (users holding one of some role keys
in the requester's account, email addresses, phone numbers) and how many approvals it needs. Executing
a flow opens an execution at its first step and notifies that step's approvers through the flow's
channels (emails and texts go to ``env.outbox``, kind ``approvalFlow``, with a link carrying the
execution, step and approver ids that ``submitApproverAction`` and ``getExecutionData`` take). Enough
approvals move the execution to the next step, and past the last one it is ``APPROVED``; one rejection
makes it ``REJECTED``. With ``autoApproveInMinutes`` a pending execution is approved when that time has
passed, and with ``timeoutMinutes`` it is ``EXPIRED`` (the earlier of the two wins); both are judged
against the environment's clock whenever the execution is read or acted on.
"""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import urlencode

from . import failures, security, users
from .model import Environment, OutboxMessage, User, new_id

FLOWS = "approvalFlows"
EXECUTIONS = "approvalFlowExecutions"
PENDING, APPROVED, REJECTED, EXPIRED = "PENDING", "APPROVED", "REJECTED", "EXPIRED"
CONFIG_KEYS = ("autoApproveInMinutes", "reminderIntervalMinutes", "notifyOnDecisions", "timeoutMinutes", "webhookUrl")


# ------------------------------------------------------------------ flows
def flows(env: Environment) -> dict[str, dict[str, Any]]:
    return env.collection(FLOWS)


def get_flow(env: Environment, flow_id: str) -> dict[str, Any]:
    flow = flows(env).get(flow_id)
    if flow is None:
        raise failures.ApprovalFlowNotFound()
    return flow


def _check_name(env: Environment, name: str, tenant_id: str | None, exclude: str | None = None) -> None:
    for other in flows(env).values():
        if other["id"] != exclude and other.get("tenantId") == tenant_id and other["name"].lower() == name.lower():
            raise failures.ApprovalFlowNameTaken()


def _steps(env: Environment, raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    at = security.now(env)
    ordered = sorted(raw, key=lambda s: s["stepOrder"])
    return [
        {
            "id": new_id(),
            "stepOrder": step["stepOrder"],
            "approverSelectors": {
                key: list(dict.fromkeys(step["approverSelectors"].get(key) or []))
                for key in ("roleKeys", "emails", "phoneNumbers")
            },
            "configuration": {"minApprovals": step["configuration"]["minApprovals"]},
            "createdAt": at,
            "updatedAt": at,
        }
        for step in ordered
    ]


def create_flow(env: Environment, body: dict[str, Any], tenant_id: str | None) -> dict[str, Any]:
    _check_name(env, body["name"], tenant_id)
    at = security.now(env)
    flow = {
        "id": new_id(),
        "tenantId": tenant_id,
        "name": body["name"],
        "isActive": body.get("isActive", True),
        "channels": {"email": body["channels"]["email"], "sms": body["channels"]["sms"]},
        "configuration": {k: body["configuration"][k] for k in CONFIG_KEYS if k in body["configuration"]},
        "steps": _steps(env, body["steps"]),
        "createdAt": at,
        "updatedAt": at,
    }
    flows(env)[flow["id"]] = flow
    return flow


def update_flow(env: Environment, flow: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    if "name" in body:
        _check_name(env, body["name"], flow.get("tenantId"), exclude=flow["id"])
    steps = _steps(env, body["steps"]) if "steps" in body else None
    if "name" in body:
        flow["name"] = body["name"]
    if "isActive" in body:
        flow["isActive"] = body["isActive"]
    if "channels" in body:
        flow["channels"] = {"email": body["channels"]["email"], "sms": body["channels"]["sms"]}
    if "configuration" in body:
        flow["configuration"].update({k: body["configuration"][k] for k in CONFIG_KEYS if k in body["configuration"]})
    if steps is not None:
        flow["steps"] = steps
    flow["updatedAt"] = security.now(env)
    return flow


def delete_flow(env: Environment, flow_id: str) -> None:
    get_flow(env, flow_id)
    del flows(env)[flow_id]


def step_up_flow(env: Environment, tenant_id: str | None) -> dict[str, Any]:
    """The flow guarding sensitive actions in an account: its own active flow, else the environment's."""
    active = sorted((f for f in flows(env).values() if f["isActive"]), key=lambda f: f["createdAt"])
    for wanted in (tenant_id, None):
        found = next((f for f in active if f.get("tenantId") == wanted), None)
        if found is not None:
            return found
    raise failures.NoApprovalFlowApplies()


# ------------------------------------------------------------------ executions
def _stable_id(env: Environment, kind: str, value: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{env.id}/approver/{kind}/{value.lower()}"))


def _approvers(env: Environment, step: dict[str, Any], tenant_id: str) -> dict[str, dict[str, Any]]:
    """Approver id -> how to reach them, for one step of one execution."""
    selectors = step["approverSelectors"]
    found: dict[str, dict[str, Any]] = {}
    role_keys = set(selectors["roleKeys"])
    if role_keys:
        for user in env.users.peek().values():  # a read: peeked
            if tenant_id in user.tenant_ids and role_keys & {r.key for r in users.user_roles(env, user, tenant_id)}:
                found[user.id] = {"email": user.email, "userId": user.id}
    for email in selectors["emails"]:
        known = users.find_by_email(env, email)
        approver_id = known.id if known is not None else _stable_id(env, "email", email)
        found.setdefault(approver_id, {"email": email, **({"userId": known.id} if known else {})})
    for phone in selectors["phoneNumbers"]:
        found.setdefault(_stable_id(env, "phone", phone), {"phoneNumber": phone})
    return found


def _notify(env: Environment, flow: dict[str, Any], execution: dict[str, Any], gateway_url: str) -> None:
    step = execution["steps"][execution["currentStep"]]
    at = security.now(env)
    step["startedAt"] = at
    for approver_id, contact in step["approvers"].items():
        query = urlencode(
            {"approvalFlowExecutionId": execution["id"], "approvalFlowStepId": step["id"], "approverId": approver_id}
        )
        link = f"{gateway_url}/approval-flows/approve?{query}"
        if flow["channels"].get("email") and contact.get("email"):
            message = OutboxMessage(
                new_id(), "email", contact["email"], "approvalFlow", at, link=link, user_id=contact.get("userId")
            )
            env.outbox.append(message)
        if flow["channels"].get("sms") and contact.get("phoneNumber"):
            env.outbox.append(OutboxMessage(new_id(), "sms", contact["phoneNumber"], "approvalFlow", at, link=link))


def execute(
    env: Environment,
    flow: dict[str, Any],
    requester: User,
    tenant_id: str,
    body: dict[str, Any],
    gateway_url: str,
) -> dict[str, Any]:
    if not flow["isActive"]:
        raise failures.ApprovalFlowInactive()
    if flow.get("tenantId") not in (None, tenant_id):
        raise failures.ApprovalFlowNotFound()
    if tenant_id not in requester.tenant_ids:
        raise failures.RequesterNotInAccount()
    if not flow["steps"]:
        raise failures.ApprovalFlowEmpty()
    at = security.now(env)
    execution = {
        "id": new_id(),
        "flowId": flow["id"],
        "flowName": flow["name"],
        "tenantId": tenant_id,
        "requesterId": requester.id,
        "requesterEmail": requester.email,
        "executionData": body.get("executionData") or {},
        "webhookUrl": body.get("webhookUrl") or flow["configuration"].get("webhookUrl"),
        "configuration": dict(flow["configuration"]),
        "status": PENDING,
        "currentStep": 0,
        "steps": [
            {
                "id": step["id"],
                "stepOrder": step["stepOrder"],
                "minApprovals": step["configuration"]["minApprovals"],
                "approvers": _approvers(env, step, tenant_id),
                "decisions": {},
                "status": PENDING,
            }
            for step in flow["steps"]
        ],
        "createdAt": at,
        "updatedAt": at,
        "decidedAt": None,
    }
    env.collection(EXECUTIONS)[execution["id"]] = execution
    _notify(env, flow, execution, gateway_url)
    return execution


def _settle_by_time(env: Environment, execution: dict[str, Any]) -> None:
    if execution["status"] != PENDING:
        return
    config = execution["configuration"]
    elapsed = security.now(env) - execution["createdAt"]
    deadlines = []
    if config.get("autoApproveInMinutes"):
        deadlines.append((float(config["autoApproveInMinutes"]) * 60, APPROVED))
    if config.get("timeoutMinutes"):
        deadlines.append((float(config["timeoutMinutes"]) * 60, EXPIRED))
    for seconds, outcome in sorted(deadlines, key=lambda d: d[0]):
        if elapsed >= seconds:
            execution["status"] = outcome
            execution["decidedAt"] = execution["createdAt"] + seconds
            for step in execution["steps"]:
                if step["status"] == PENDING:
                    step["status"] = outcome
            return


def get_execution(env: Environment, execution_id: str) -> dict[str, Any]:
    execution = env.collection(EXECUTIONS).get(execution_id)
    if execution is None:
        raise failures.ApprovalExecutionNotFound()
    _settle_by_time(env, execution)
    return execution


def _step(execution: dict[str, Any], step_id: str, approver_id: str) -> dict[str, Any]:
    step: dict[str, Any] | None = next((s for s in execution["steps"] if s["id"] == step_id), None)
    if step is None:
        raise failures.ApprovalStepNotFound()
    if approver_id not in step["approvers"]:
        raise failures.ApproverNotFound()
    return step


def execution_data(env: Environment, execution_id: str, step_id: str, approver_id: str) -> dict[str, Any]:
    execution = get_execution(env, execution_id)
    step = _step(execution, step_id, approver_id)
    return {"execution": execution, "step": step}


def act(
    env: Environment, execution_id: str, step_id: str, approver_id: str, approved: bool, gateway_url: str
) -> dict[str, Any]:
    execution = get_execution(env, execution_id)
    step = _step(execution, step_id, approver_id)
    if execution["status"] != PENDING:
        raise failures.ExecutionAlreadyDecided(status=execution["status"].lower())
    if execution["steps"][execution["currentStep"]]["id"] != step["id"]:
        raise failures.StepNotAwaiting()
    if approver_id in step["decisions"]:
        raise failures.ApproverAlreadyDecided()
    at = security.now(env)
    step["decisions"][approver_id] = approved
    execution["updatedAt"] = at
    if not approved:
        step["status"] = execution["status"] = REJECTED
        execution["decidedAt"] = at
        return execution
    if sum(1 for d in step["decisions"].values() if d) >= step["minApprovals"]:
        step["status"] = APPROVED
        if execution["currentStep"] + 1 < len(execution["steps"]):
            execution["currentStep"] += 1
            flow = flows(env).get(execution["flowId"])
            if flow is not None:
                _notify(env, flow, execution, gateway_url)
        else:
            execution["status"] = APPROVED
            execution["decidedAt"] = at
    return execution


def execution_view(execution: dict[str, Any]) -> dict[str, Any]:
    current = execution["steps"][execution["currentStep"]]
    view: dict[str, Any] = {
        "approvalFlowExecutionId": execution["id"],
        "approvalFlowId": execution["flowId"],
        "tenantId": execution["tenantId"],
        "requesterId": execution["requesterId"],
        "status": execution["status"],
        "currentStepId": current["id"] if execution["status"] == PENDING else None,
        "steps": [
            {
                "id": s["id"],
                "stepOrder": s["stepOrder"],
                "status": s["status"],
                "minApprovals": s["minApprovals"],
                "approvals": sum(1 for d in s["decisions"].values() if d),
                "approverIds": list(s["approvers"]),
            }
            for s in execution["steps"]
        ],
        "createdAt": users.iso(execution["createdAt"]),
        "updatedAt": users.iso(execution["updatedAt"]),
    }
    if execution["decidedAt"] is not None:
        view["decidedAt"] = users.iso(execution["decidedAt"])
    return view
