"""Account invitations: invite links (a user's and an account's), inviting existing users into an
account and their acceptance, sending invitations again, bulk invites and their task status."""

from __future__ import annotations

import uuid
from typing import Any

import jwt
import pytest
from emulator_api import PASSWORD, Api, body_of
from response_schema import check

from frontegg_identity.api.account_invitations import (
    create_tenant_invite_for_user,
    create_tenant_invite_for_user_v2,
    delete_tenant_invite_for_user,
    get_invitation_configuration,
    get_tenant_invite_for_user,
    update_tenant_invite_for_user,
    verify_tenant_invite,
)
from frontegg_identity.api.account_invitations_settings import create_tenant_invite, delete_tenant_invite, list_invites
from frontegg_identity.api.user_management import (
    accept_invitation,
    accept_invitation_with_code,
    reset_all_tenants_invitation_token,
    reset_tenant_invitation_token,
)
from frontegg_identity.api.users import bulk_invite_users, get_bulk_invite_status, get_user_tenant_statuses
from frontegg_identity.models.accept_invitation import AcceptInvitation
from frontegg_identity.models.accept_invitation_with_code import AcceptInvitationWithCode
from frontegg_identity.models.bulk_invite_status import BulkInviteStatus
from frontegg_identity.models.create_invite_token_request import CreateInviteTokenRequest
from frontegg_identity.models.create_invite_token_request_for_user import CreateInviteTokenRequestForUser
from frontegg_identity.models.create_invite_token_request_for_user_v2 import CreateInviteTokenRequestForUserV2
from frontegg_identity.models.reset_tenant_invitation import ResetTenantInvitation
from frontegg_identity.models.update_invite_token_request import UpdateInviteTokenRequest
from frontegg_identity.models.users_bulk_invite_request import UsersBulkInviteRequest
from frontegg_identity.models.verify_invite_token_request import VerifyInviteTokenRequest


def _tenant_of(token: str) -> str:
    return str(jwt.decode(token, options={"verify_signature": False})["tenantId"])


@pytest.fixture(scope="module")
def env_client(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(scope="module")
def owner(api: Api) -> dict[str, Any]:
    """An account's first user (its admin), logged in."""
    email = api.new_email("owner")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    return {"id": user_id, "email": email, "token": token, "tenant": _tenant_of(token), "client": api.client(token)}


def role_id(api: Api, key: str) -> str:
    roles = api.http.get("/identity/resources/roles/v1", headers={"Authorization": f"Bearer {api.env_token()}"})
    return str(next(r["id"] for r in roles.json() if r["key"] == key))


def _statuses(env_client: Any, user_id: str) -> dict[str, str]:
    r = get_user_tenant_statuses.sync_detailed(client=env_client, user_ids=[user_id])
    assert r.status_code == 200, r.content
    check("getUserTenantStatuses", 200, body_of(r))
    return {s["tenantId"]: s["status"] for s in body_of(r)["tenantsStatuses"]}


# ------------------------------------------------------------------ a user's invite link
def test_user_invite_link_lifecycle(api: Api, owner: dict[str, Any]) -> None:
    client, me, tenant = owner["client"], owner["id"], owner["tenant"]
    headers = {"frontegg_user_id": me, "frontegg_tenant_id": tenant}
    assert get_tenant_invite_for_user.sync_detailed(client=client, **headers).status_code == 404

    body = CreateInviteTokenRequestForUser.from_dict({"expiresInMinutes": 60, "shouldSendEmail": False})
    r = create_tenant_invite_for_user.sync_detailed(client=client, body=body, **headers)
    assert r.status_code == 201, r.content
    invite = body_of(r)
    check("createTenantInviteForUser", 201, invite)
    assert invite["tenantId"] == tenant and invite["userId"] == me and invite["token"]
    assert create_tenant_invite_for_user.sync_detailed(client=client, body=body, **headers).status_code == 409

    r = get_tenant_invite_for_user.sync_detailed(client=client, **headers)
    assert r.status_code == 200 and body_of(r)["id"] == invite["id"]
    check("getTenantInviteForUser", 200, body_of(r))

    # Anyone holding the link can check it, without a token.
    r = verify_tenant_invite.sync_detailed(
        client=api.client(), body=VerifyInviteTokenRequest.from_dict({"token": invite["token"]})
    )
    assert r.status_code == 200 and body_of(r)["tenantId"] == tenant
    check("verifyTenantInvite", 200, body_of(r))

    r = update_tenant_invite_for_user.sync_detailed(
        client=client, body=UpdateInviteTokenRequest.from_dict({"shouldSendEmail": True}), **headers
    )
    assert r.status_code == 200 and body_of(r)["shouldSendEmail"] is True
    check("updateTenantInviteForUser", 200, body_of(r))

    assert delete_tenant_invite_for_user.sync_detailed(client=client, **headers).status_code == 200
    assert get_tenant_invite_for_user.sync_detailed(client=client, **headers).status_code == 404
    r = verify_tenant_invite.sync_detailed(
        client=api.client(), body=VerifyInviteTokenRequest.from_dict({"token": invite["token"]})
    )
    assert r.status_code == 404


def test_user_invite_link_v2_with_roles_and_expiry(api: Api, owner: dict[str, Any], env_client: Any) -> None:
    email = api.new_email("inviter")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    client = api.client(token)
    reader = role_id(api, "ReadOnly")

    body = CreateInviteTokenRequestForUserV2.from_dict(
        {"expiresInMinutes": 5, "shouldSendEmail": False, "roleIds": [reader]}
    )
    r = create_tenant_invite_for_user_v2.sync_detailed(client=client, body=body)
    assert r.status_code == 201, r.content
    invite = body_of(r)
    check("createTenantInviteForUserV2", 201, invite)
    assert invite["roleIds"] == [reader] and invite["userId"] == user_id

    unknown = CreateInviteTokenRequestForUserV2.from_dict(
        {"expiresInMinutes": 5, "shouldSendEmail": False, "roleIds": [str(uuid.uuid4())]}
    )
    assert create_tenant_invite_for_user_v2.sync_detailed(client=client, body=unknown).status_code == 404

    api.advance(6 * 60)
    r = verify_tenant_invite.sync_detailed(
        client=api.client(), body=VerifyInviteTokenRequest.from_dict({"token": invite["token"]})
    )
    assert r.status_code == 401, r.content


def test_user_token_acts_in_its_own_account_only(api: Api, owner: dict[str, Any]) -> None:
    r = get_tenant_invite_for_user.sync_detailed(
        client=owner["client"], frontegg_user_id=owner["id"], frontegg_tenant_id=str(uuid.uuid4())
    )
    assert r.status_code == 403
    assert get_tenant_invite_for_user.sync_detailed(
        client=api.client(), frontegg_user_id=owner["id"], frontegg_tenant_id=owner["tenant"]
    ).status_code in (401, 403)


def test_invitation_configuration(owner: dict[str, Any]) -> None:
    r = get_invitation_configuration.sync_detailed(client=owner["client"])
    assert r.status_code == 200
    check("getInvitationConfiguration", 200, body_of(r))
    assert body_of(r) == {"tenantInvitationsAllowed": True, "emailsEnabled": True}


# ------------------------------------------------------------------ an account's invite links (environment)
def test_account_invite_links(api: Api, owner: dict[str, Any], env_client: Any) -> None:
    r = create_tenant_invite.sync_detailed(
        client=env_client, body=CreateInviteTokenRequest.from_dict({"tenantId": owner["tenant"]})
    )
    assert r.status_code == 201, r.content
    invite = body_of(r)
    check("createTenantInvite", 201, invite)
    assert "userId" not in invite and invite["shouldSendEmail"] is False
    again = create_tenant_invite.sync_detailed(
        client=env_client, body=CreateInviteTokenRequest.from_dict({"tenantId": owner["tenant"]})
    )
    assert again.status_code == 409

    for body, status in (
        ({"tenantId": str(uuid.uuid4())}, 404),
        ({"tenantId": owner["tenant"], "userId": str(uuid.uuid4())}, 404),
        ({"tenantId": owner["tenant"], "roleIds": [str(uuid.uuid4())]}, 404),
    ):
        r = create_tenant_invite.sync_detailed(client=env_client, body=CreateInviteTokenRequest.from_dict(body))
        assert r.status_code == status, (body, r.content)

    r = list_invites.sync_detailed(client=env_client)
    assert r.status_code == 200
    check("listInvites", 200, body_of(r))
    assert invite["id"] in [i["id"] for i in body_of(r)]

    assert delete_tenant_invite.sync_detailed(invite["id"], client=env_client).status_code == 200
    assert delete_tenant_invite.sync_detailed(invite["id"], client=env_client).status_code == 404
    assert invite["id"] not in [i["id"] for i in body_of(list_invites.sync_detailed(client=env_client))]
    # Account-wide links are the environment's business.
    assert list_invites.sync_detailed(client=owner["client"]).status_code == 403


# ------------------------------------------------------------------ inviting existing users, accepting
def test_existing_user_invited_accepts_with_code(api: Api, owner: dict[str, Any], env_client: Any) -> None:
    guest_email = api.new_email("guest")
    guest = api.sign_up(guest_email)
    api.access_token(guest_email)  # has logged in to its own account
    r = bulk_invite_users.sync_detailed(
        client=env_client,
        body=UsersBulkInviteRequest.from_dict({"users": [{"email": guest_email}]}),
        frontegg_tenant_id=owner["tenant"],
    )
    assert r.status_code == 202, r.content
    assert _statuses(env_client, guest)[owner["tenant"]] == "PendingInvitation"

    message = api.last_message(guest_email, "invitation")
    assert message["link"] and message["token"] in message["link"]
    wrong = "000000" if message["code"] != "000000" else "111111"
    r = accept_invitation_with_code.sync_detailed(
        client=api.client(),
        body=AcceptInvitationWithCode.from_dict({"userId": guest, "token": message["token"], "code": wrong}),
    )
    assert r.status_code == 401
    r = accept_invitation_with_code.sync_detailed(
        client=api.client(),
        body=AcceptInvitationWithCode.from_dict({"userId": guest, "token": message["token"], "code": message["code"]}),
    )
    assert r.status_code == 200, r.content
    statuses = _statuses(env_client, guest)
    # A member of the account now, which it has not logged in to yet; its own account it has.
    assert sorted(statuses.values()) == ["Activated", "PendingLogin"]
    assert statuses[owner["tenant"]] == "PendingLogin"
    # The token was used up.
    r = accept_invitation.sync_detailed(
        client=api.client(), body=AcceptInvitation.from_dict({"userId": guest, "token": message["token"]})
    )
    assert r.status_code == 401


def test_invitation_sent_again_replaces_the_token(api: Api, owner: dict[str, Any], env_client: Any) -> None:
    guest_email = api.new_email("guest")
    guest = api.sign_up(guest_email)
    r = bulk_invite_users.sync_detailed(
        client=env_client,
        body=UsersBulkInviteRequest.from_dict({"users": [{"email": guest_email}]}),
        frontegg_tenant_id=owner["tenant"],
    )
    assert r.status_code == 202
    first = api.last_message(guest_email, "invitation")["token"]

    body = ResetTenantInvitation.from_dict({"email": guest_email})
    r = reset_tenant_invitation_token.sync_detailed(
        client=owner["client"], body=body, frontegg_tenant_id=owner["tenant"]
    )
    assert r.status_code == 200, r.content
    second = api.last_message(guest_email, "invitation")["token"]
    assert second != first
    r = accept_invitation.sync_detailed(
        client=api.client(), body=AcceptInvitation.from_dict({"userId": guest, "token": first})
    )
    assert r.status_code == 401

    r = reset_all_tenants_invitation_token.sync_detailed(
        client=env_client, body=body, frontegg_tenant_id=owner["tenant"]
    )
    assert r.status_code == 200, r.content
    third = api.last_message(guest_email, "invitation")["token"]
    assert third != second
    r = accept_invitation.sync_detailed(
        client=api.client(), body=AcceptInvitation.from_dict({"userId": guest, "token": third})
    )
    assert r.status_code == 200, r.content
    assert _statuses(env_client, guest)[owner["tenant"]] == "PendingLogin"  # accepted, never logged in there

    stranger = ResetTenantInvitation.from_dict({"email": api.new_email("nobody")})
    r = reset_tenant_invitation_token.sync_detailed(
        client=env_client, body=stranger, frontegg_tenant_id=owner["tenant"]
    )
    assert r.status_code == 404
    r = reset_tenant_invitation_token.sync_detailed(client=env_client, body=body, frontegg_tenant_id=str(uuid.uuid4()))
    assert r.status_code == 404


def test_accept_invitation_with_unknown_token_is_unauthorized(api: Api, owner: dict[str, Any]) -> None:
    r = accept_invitation.sync_detailed(
        client=api.client(), body=AcceptInvitation.from_dict({"userId": owner["id"], "token": "nope"})
    )
    assert r.status_code == 401
    assert body_of(r)["errors"]


# ------------------------------------------------------------------ bulk invites
def test_bulk_invite_task_progresses(api: Api, owner: dict[str, Any], env_client: Any) -> None:
    new_email, with_password = api.new_email("bulk"), api.new_email("bulkpw")
    users = [
        {"email": new_email, "name": "New One"},
        {"email": with_password, "password": PASSWORD, "verified": True},
        {"email": owner["email"]},  # already a member: fails on its own
        {"email": api.new_email("quiet"), "skipInviteEmail": True},
        {"email": api.new_email("badrole"), "roleIds": [str(uuid.uuid4())]},
    ]
    r = bulk_invite_users.sync_detailed(
        client=env_client, body=UsersBulkInviteRequest.from_dict({"users": users}), frontegg_tenant_id=owner["tenant"]
    )
    assert r.status_code == 202, r.content
    task = body_of(r)
    check("bulkInviteUsers", 202, task)

    first = get_bulk_invite_status.sync_detailed(task["id"], client=env_client)
    assert first.status_code == 200 and body_of(first)["status"] == "InProgress"
    # The client parses the status (it returned None while the spec declared no body, issue 15).
    parsed = get_bulk_invite_status.sync(task["id"], client=env_client)
    assert isinstance(parsed, BulkInviteStatus), parsed
    later = parsed.to_dict()
    assert later["status"] == "CompletedWithErrors"
    outcome = {e["email"]: e["status"] for e in later["report"]}
    assert outcome == {
        new_email: "Success",
        with_password: "Success",
        owner["email"]: "Failed",
        users[3]["email"]: "Success",
        users[4]["email"]: "Failed",
    }
    # New users without a password get the activation (invitation) email; the quiet one does not.
    assert api.last_message(new_email, "activation")["token"]
    assert api.outbox(users[3]["email"]) == []
    assert api.access_token(with_password)

    assert get_bulk_invite_status.sync_detailed(str(uuid.uuid4()), client=env_client).status_code == 404
    r = bulk_invite_users.sync_detailed(
        client=env_client, body=UsersBulkInviteRequest.from_dict({"users": []}), frontegg_tenant_id=str(uuid.uuid4())
    )
    assert r.status_code == 404


def test_bulk_invite_status_completes_with_time(api: Api, owner: dict[str, Any], env_client: Any) -> None:
    r = bulk_invite_users.sync_detailed(
        client=env_client,
        body=UsersBulkInviteRequest.from_dict({"users": [{"email": api.new_email("timed")}]}),
        frontegg_tenant_id=owner["tenant"],
    )
    api.advance(5)
    status = body_of(get_bulk_invite_status.sync_detailed(body_of(r)["id"], client=env_client))
    assert status["status"] == "Completed" and status["processedUsers"] == 1


def test_new_user_pending_until_activated(api: Api, owner: dict[str, Any], env_client: Any) -> None:
    email = api.new_email("fresh")
    bulk_invite_users.sync_detailed(
        client=env_client,
        body=UsersBulkInviteRequest.from_dict({"users": [{"email": email}]}),
        frontegg_tenant_id=owner["tenant"],
    )
    message = api.last_message(email, "activation")
    assert _statuses(env_client, message["user_id"]) == {owner["tenant"]: "PendingInvitation"}
    r = api.http.post(
        "/identity/resources/users/v1/activate",
        json={"userId": message["user_id"], "token": message["token"], "password": PASSWORD},
    )
    assert r.status_code == 200, r.text
    assert _statuses(env_client, message["user_id"]) == {owner["tenant"]: "Activated"}  # activation logs in

    r = get_user_tenant_statuses.sync_detailed(
        client=env_client, user_ids=[message["user_id"]], user_tenant_statuses=["PendingLogin"]
    )
    assert body_of(r)["tenantsStatuses"] == []
    assert get_user_tenant_statuses.sync_detailed(client=env_client, user_ids=[str(uuid.uuid4())]).status_code == 404
