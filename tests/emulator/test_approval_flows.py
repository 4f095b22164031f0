"""Approval flows: CRUD, executions through their steps, approvers' decisions, timeouts."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_emulator.domain import approvals
from frontegg_identity.api.approval_flows import (
    create_approval_flow,
    delete_approval_flow,
    execute_approval_flow,
    execute_step_up_approval_flow,
    get_approval_flow_by_id,
    get_approval_flows,
    get_execution_data,
    submit_approver_action,
    update_approval_flow,
)
from frontegg_identity.models import ApproverAction, CreateApprovalFlow, ExecuteApprovalFlow, UpdateApprovalFlow


@pytest.fixture(scope="module")
def env(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(autouse=True)
def clean(api: Api) -> None:
    api.http.post("/_emulator/reset").raise_for_status()


def _flow(env: Any, steps: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    body = {
        "name": extra.pop("name", "Wire transfer"),
        "channels": {"email": True, "sms": True},
        "configuration": extra.pop("configuration", {"notifyOnDecisions": True}),
        "steps": steps,
        **extra,
    }
    r = create_approval_flow.sync_detailed(client=env, body=CreateApprovalFlow.from_dict(body))
    assert r.status_code == 201, r.content
    check("createApprovalFlow", 201, body_of(r))
    return dict(body_of(r))


def _step(order: int, minimum: int = 1, **selectors: list[str]) -> dict[str, Any]:
    return {"stepOrder": order, "configuration": {"minApprovals": minimum}, "approverSelectors": selectors}


def _requester(api: Api) -> tuple[str, str]:
    email = api.new_email("requester")
    user_id = api.sign_up(email)
    tenant = jwt.decode(api.access_token(email), options={"verify_signature": False})["tenantId"]
    return user_id, tenant


def _link_ids(api: Api, to: str) -> dict[str, str]:
    link = api.last_message(to, "approvalFlow")["link"]
    return {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}


def _act(env: Any, ids: dict[str, str], approved: bool) -> Any:
    body = {**ids, "approved": approved}
    r = submit_approver_action.sync_detailed(client=env, body=ApproverAction.from_dict(body))
    if r.status_code == 200:
        assert body_of(r) == {"success": True}  # ISubmitApprovalActionResponse in @frontegg/rest-api
    return r


def _state(api: Api, execution_id: str) -> dict[str, Any]:
    """An execution as the emulator holds it: the API answers only {success} to a decision and has no
    read of an execution, so the tests look at the state itself."""
    env = api.emu.environment
    with api.emu.emulation.transaction(env):
        return approvals.execution_view(env.collection(approvals.EXECUTIONS)[execution_id])


def test_crud(env: Any) -> None:
    flow = _flow(env, [_step(2, emails=["b@approvers.example"]), _step(1, roleKeys=["Admin"])])
    assert [s["stepOrder"] for s in flow["steps"]] == [1, 2]
    assert flow["steps"][0]["approverSelectors"] == {"roleKeys": ["Admin"], "emails": [], "phoneNumbers": []}
    duplicate = create_approval_flow.sync_detailed(
        client=env,
        body=CreateApprovalFlow.from_dict(
            {"name": "wire TRANSFER", "channels": {"email": True, "sms": False}, "configuration": {}, "steps": []}
        ),
    )
    assert duplicate.status_code == 409

    listed = get_approval_flows.sync_detailed(client=env)
    check("getApprovalFlows", 200, body_of(listed))
    assert body_of(listed)["total"] == 1

    r = update_approval_flow.sync_detailed(
        flow["id"],
        client=env,
        body=UpdateApprovalFlow.from_dict({"isActive": False, "configuration": {"timeoutMinutes": 60}}),
    )
    assert r.status_code == 200, r.content
    check("updateApprovalFlow", 200, body_of(r))
    assert body_of(r)["isActive"] is False and body_of(r)["configuration"]["timeoutMinutes"] == 60
    assert body_of(r)["configuration"]["notifyOnDecisions"] is True

    got = get_approval_flow_by_id.sync_detailed(flow["id"], client=env)
    check("getApprovalFlowById", 200, body_of(got))
    assert delete_approval_flow.sync_detailed(flow["id"], client=env).status_code == 200
    assert get_approval_flow_by_id.sync_detailed(flow["id"], client=env).status_code == 404
    assert delete_approval_flow.sync_detailed(flow["id"], client=env).status_code == 404


def test_execution_walks_the_steps(api: Api, env: Any) -> None:
    requester, tenant = _requester(api)
    first, second = "first@approvers.example", "second@approvers.example"
    flow = _flow(env, [_step(1, emails=[first], phoneNumbers=["+15555550123"]), _step(2, emails=[second])])
    r = execute_approval_flow.sync_detailed(
        flow["id"],
        client=env,
        body=ExecuteApprovalFlow.from_dict({"executionData": {"amount": 1000}}),
        frontegg_user_id=requester,
    )
    assert r.status_code == 200, r.content
    execution = body_of(r)
    assert execution["status"] == "PENDING" and execution["tenantId"] == tenant
    assert api.outbox("+15555550123", "approvalFlow"), "the SMS channel was not used"
    assert not api.outbox(second, "approvalFlow"), "the second step was notified too early"

    ids = _link_ids(api, first)
    data = get_execution_data.sync_detailed(
        client=env,
        approval_flow_execution_id=ids["approvalFlowExecutionId"],
        approver_id=ids["approverId"],
        approval_flow_step_id=ids["approvalFlowStepId"],
    )
    assert data.status_code == 200, data.content
    check("getExecutionData", 200, body_of(data))
    assert body_of(data)["approvalFlowName"] == "Wire transfer"
    assert body_of(data)["executionData"] == {"amount": 1000}

    later = {**_link_ids(api, first), "approvalFlowStepId": execution["steps"][1]["id"]}
    assert _act(env, later, True).status_code == 404  # not an approver of that step
    assert _act(env, ids, True).status_code == 200
    assert _state(api, execution["approvalFlowExecutionId"])["currentStepId"] == execution["steps"][1]["id"]
    assert _act(env, ids, True).status_code == 400  # that step is over

    assert _act(env, _link_ids(api, second), True).status_code == 200
    assert _state(api, execution["approvalFlowExecutionId"])["status"] == "APPROVED"
    assert _act(env, _link_ids(api, second), False).status_code == 400


def test_role_approvers_rejection_and_minimum(api: Api, env: Any) -> None:
    requester, _ = _requester(api)  # the requester holds the Admin role of their account
    flow = _flow(env, [_step(1, 2, roleKeys=["Admin"], emails=["extra@approvers.example"])])
    execution = body_of(
        execute_approval_flow.sync_detailed(
            flow["id"], client=env, body=ExecuteApprovalFlow.from_dict({}), frontegg_user_id=requester
        )
    )
    assert requester in execution["steps"][0]["approverIds"]
    ids = {
        "approvalFlowExecutionId": execution["approvalFlowExecutionId"],
        "approvalFlowStepId": execution["steps"][0]["id"],
        "approverId": requester,
    }
    assert _act(env, ids, True).status_code == 200
    assert _state(api, ids["approvalFlowExecutionId"])["status"] == "PENDING"  # one of two approvals
    assert _act(env, ids, True).status_code == 403  # no second vote
    assert _act(env, _link_ids(api, "extra@approvers.example"), False).status_code == 200
    assert _state(api, ids["approvalFlowExecutionId"])["status"] == "REJECTED"


def test_timeouts_and_auto_approval(api: Api, env: Any) -> None:
    requester, _ = _requester(api)
    slow = _flow(env, [_step(1, emails=["a@approvers.example"])], name="Slow", configuration={"timeoutMinutes": 5})
    auto = _flow(
        env,
        [_step(1, emails=["b@approvers.example"])],
        name="Auto",
        configuration={"timeoutMinutes": 60, "autoApproveInMinutes": 10},
    )
    for flow in (slow, auto):
        r = execute_approval_flow.sync_detailed(
            flow["id"], client=env, body=ExecuteApprovalFlow.from_dict({}), frontegg_user_id=requester
        )
        assert r.status_code == 200, r.content
    api.advance(11 * 60)
    assert _act(env, _link_ids(api, "a@approvers.example"), True).status_code == 400
    ids = _link_ids(api, "b@approvers.example")
    data = get_execution_data.sync_detailed(
        client=env,
        approval_flow_execution_id=ids["approvalFlowExecutionId"],
        approver_id=ids["approverId"],
        approval_flow_step_id=ids["approvalFlowStepId"],
    )
    assert data.status_code == 200, data.content
    assert _state(api, ids["approvalFlowExecutionId"])["status"] == "APPROVED"


def test_step_up_and_refusals(api: Api, env: Any) -> None:
    requester, _ = _requester(api)
    body = ExecuteApprovalFlow.from_dict({"executionData": {"action": "delete-account"}})
    assert (
        execute_step_up_approval_flow.sync_detailed(client=env, body=body, frontegg_user_id=requester).status_code
        == 404
    )
    inactive = _flow(env, [_step(1, emails=["c@approvers.example"])], name="Off", isActive=False)
    refused = execute_approval_flow.sync_detailed(inactive["id"], client=env, body=body, frontegg_user_id=requester)
    assert refused.status_code == 400
    _flow(env, [_step(1, emails=["c@approvers.example"])], name="Step-up")
    r = execute_step_up_approval_flow.sync_detailed(client=env, body=body, frontegg_user_id=requester)
    assert r.status_code == 200, r.content
    assert body_of(r)["status"] == "PENDING"
    unknown = execute_step_up_approval_flow.sync_detailed(client=env, body=body, frontegg_user_id="nobody")
    assert unknown.status_code == 404
