"""Usernames: one's own, everyone's (filtered), create, delete; sign-up with a username, with or
without an email, and through an account's invite link."""

from __future__ import annotations

import uuid
from typing import Any

import jwt
import pytest
from emulator_api import PASSWORD, Api, body_of
from response_schema import check

from frontegg_identity.api.account_invitations_settings import create_tenant_invite
from frontegg_identity.api.general import sign_up_with_username
from frontegg_identity.api.user_management import (
    create_username,
    delete_username,
    get_me_usernames,
    get_users_usernames,
)
from frontegg_identity.api.users import bulk_invite_users
from frontegg_identity.models.create_invite_token_request import CreateInviteTokenRequest
from frontegg_identity.models.create_username_request import CreateUsernameRequest
from frontegg_identity.models.sign_up_user_username import SignUpUserUsername
from frontegg_identity.models.users_bulk_invite_request import UsersBulkInviteRequest


@pytest.fixture(scope="module")
def env_client(api: Api) -> Any:
    return api.client(api.env_token())


def _name(prefix: str = "user") -> str:
    return f"{prefix}.{uuid.uuid4().hex[:8]}"


def _person(api: Api) -> dict[str, Any]:
    email = api.new_email("named")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    tenant = jwt.decode(token, options={"verify_signature": False})["tenantId"]
    return {"id": user_id, "email": email, "client": api.client(token), "tenant": tenant}


def _sign_up(api: Api, **fields: Any) -> Any:
    body = {"provider": "local", "companyName": "Named Co", **fields}
    return sign_up_with_username.sync_detailed(client=api.client(), body=SignUpUserUsername.from_dict(body))


def test_own_username_lifecycle(api: Api, env_client: Any) -> None:
    me, other = _person(api), _person(api)
    assert get_me_usernames.sync_detailed(client=me["client"]).status_code == 404

    name = _name("alice")
    r = create_username.sync_detailed(client=me["client"], body=CreateUsernameRequest.from_dict({"username": name}))
    assert r.status_code == 200, r.content
    r = get_me_usernames.sync_detailed(client=me["client"])
    assert r.status_code == 200 and body_of(r) == {"username": name, "userId": me["id"]}
    check("getMeUsernames", 200, body_of(r))

    # Unique regardless of case.
    taken = CreateUsernameRequest.from_dict({"username": name.upper()})
    assert create_username.sync_detailed(client=other["client"], body=taken).status_code == 409

    # Another name replaces the user's earlier one, which becomes free.
    renamed = _name("alicia")
    body = CreateUsernameRequest.from_dict({"username": renamed})
    assert create_username.sync_detailed(client=me["client"], body=body).status_code == 200
    assert body_of(get_me_usernames.sync_detailed(client=me["client"]))["username"] == renamed
    body = CreateUsernameRequest.from_dict({"username": name})
    assert create_username.sync_detailed(client=other["client"], body=body).status_code == 200

    # A user token deletes usernames of its own account only.
    assert delete_username.sync_detailed(name, client=me["client"]).status_code == 404
    assert delete_username.sync_detailed(renamed, client=me["client"]).status_code == 200
    assert get_me_usernames.sync_detailed(client=me["client"]).status_code == 404
    assert delete_username.sync_detailed(name, client=env_client).status_code == 200
    assert delete_username.sync_detailed(name, client=env_client).status_code == 404


def test_find_usernames(api: Api, env_client: Any) -> None:
    people = [_person(api) for _ in range(2)]
    prefix = f"zz{uuid.uuid4().hex[:6]}"
    names = [f"{prefix}.b", f"{prefix}.a"]
    for person, name in zip(people, names, strict=True):
        create_username.sync_detailed(client=person["client"], body=CreateUsernameRequest.from_dict({"username": name}))

    def found(client: Any = env_client, **query: Any) -> list[dict[str, Any]]:
        r = get_users_usernames.sync_detailed(client=client, **query)
        assert r.status_code == 200, r.content
        check("getUsersUsernames", 200, body_of(r))
        return list(body_of(r)["items"])

    assert found(field_username_prefix=prefix) == [
        {"username": f"{prefix}.a", "userId": people[1]["id"]},
        {"username": f"{prefix}.b", "userId": people[0]["id"]},
    ]
    r = get_users_usernames.sync_detailed(client=env_client, field_username_prefix=prefix, field_limit=1)
    assert body_of(r)["_metadata"] == {"totalItems": 2, "totalPages": 2}
    descending = found(field_username_prefix=prefix, field_sort_by="username", field_order="DESC")
    assert [u["username"] for u in descending] == [f"{prefix}.b", f"{prefix}.a"]
    assert [u["username"] for u in found(user_ids=[people[0]["id"]])] == [f"{prefix}.b"]
    assert [u["userId"] for u in found(usernames=[f"{prefix}.A"])] == [people[1]["id"]]
    assert found(usernames=["nobody-here"]) == []
    # A user token sees its own account's usernames only.
    assert [u["userId"] for u in found(people[0]["client"], field_username_prefix=prefix)] == [people[0]["id"]]


def test_sign_up_with_username_only_logs_in(api: Api) -> None:
    name = _name("solo")
    r = _sign_up(api, username=name, password=PASSWORD)
    assert r.status_code == 201, r.content
    signed = body_of(r)
    check("signUpWithUsername", 201, signed)
    assert signed["shouldActivate"] is False and signed["authResponse"]["accessToken"]
    me = api.me(signed["authResponse"]["accessToken"])
    assert me.status_code == 200 and me.json()["id"] == signed["userId"]
    assert me.json()["email"].endswith("@users.emulator.invalid")
    r = get_me_usernames.sync_detailed(client=api.client(signed["authResponse"]["accessToken"]))
    assert body_of(r)["username"] == name

    assert _sign_up(api, username=name.upper(), password=PASSWORD).status_code == 409


def test_sign_up_with_username_and_email_activates_by_email(api: Api) -> None:
    email = api.new_email("both")
    r = _sign_up(api, username=_name("both"), email=email)
    assert r.status_code == 201, r.content
    signed = body_of(r)
    assert signed["shouldActivate"] is True and "authResponse" not in signed
    assert api.last_message(email, "activation")["token"] == signed["activationToken"]
    r = api.http.post(
        "/identity/resources/users/v1/activate",
        json={"userId": signed["userId"], "token": signed["activationToken"], "password": PASSWORD},
    )
    assert r.status_code == 200, r.text
    assert api.access_token(email)
    assert _sign_up(api, username=_name("again"), email=email).status_code == 409


def test_sign_up_through_an_invite_link_joins_its_account(api: Api, env_client: Any) -> None:
    owner = _person(api)
    r = create_tenant_invite.sync_detailed(
        client=env_client, body=CreateInviteTokenRequest.from_dict({"tenantId": owner["tenant"]})
    )
    invite = body_of(r)
    r = _sign_up(api, username=_name("joiner"), password=PASSWORD, invitationToken=invite["token"])
    assert r.status_code == 201, r.content
    signed = body_of(r)
    assert signed["tenantId"] == owner["tenant"]
    token = signed["authResponse"]["accessToken"]
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["tenantId"] == owner["tenant"] and claims["roles"] == ["ReadOnly"]  # the default role

    assert _sign_up(api, username=_name("lost"), password=PASSWORD, invitationToken="nope").status_code == 404


def test_bulk_invite_gives_usernames(api: Api, env_client: Any) -> None:
    owner = _person(api)
    name, email = _name("bulk"), api.new_email("bulkname")
    r = bulk_invite_users.sync_detailed(
        client=env_client,
        body=UsersBulkInviteRequest.from_dict({"users": [{"email": email, "username": name, "password": PASSWORD}]}),
        frontegg_tenant_id=owner["tenant"],
    )
    assert r.status_code == 202, r.content
    r = get_users_usernames.sync_detailed(client=env_client, usernames=[name])
    assert r.status_code == 200 and [u["username"] for u in body_of(r)["items"]] == [name]


def test_environment_token_sets_the_named_users_username(api: Api, env_client: Any) -> None:
    me = _person(api)
    body = CreateUsernameRequest.from_dict({"username": _name("set-by-env")})
    assert create_username.sync_detailed(client=env_client, body=body).status_code == 400
    r = create_username.sync_detailed(client=env_client, body=body, frontegg_user_id=me["id"])
    assert r.status_code == 200, r.content
    assert body_of(get_me_usernames.sync_detailed(client=me["client"]))["username"] == body.username
