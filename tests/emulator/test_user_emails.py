"""User emails: further addresses (add, verify by emailed code, make primary, remove), the
environment's variants, the paged list, and the self-service change of one's primary address."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_identity.api.user_emails_policy import create_or_update_user_emails_policy
from frontegg_identity.api.user_management import (
    create_user_email,
    create_user_email_for_vendor,
    delete_user_email,
    delete_user_email_for_vendor,
    get_user_own_emails,
    list_user_emails,
    mark_email_as_primary,
    mark_email_as_primary_me,
    update_email_me,
    verify_email_me,
    verify_user_email,
)
from frontegg_identity.models.create_user_email_request import CreateUserEmailRequest
from frontegg_identity.models.create_user_email_vendor_request import CreateUserEmailVendorRequest
from frontegg_identity.models.create_user_email_verify_request import CreateUserEmailVerifyRequest
from frontegg_identity.models.create_user_emails_policy_request import CreateUserEmailsPolicyRequest
from frontegg_identity.models.mark_email_as_primary_request import MarkEmailAsPrimaryRequest
from frontegg_identity.models.self_email_update_request import SelfEmailUpdateRequest
from frontegg_identity.models.self_email_update_verify_request import SelfEmailUpdateVerifyRequest


@pytest.fixture(scope="module")
def env_client(api: Api) -> Any:
    return api.client(api.env_token())


def _person(api: Api, prefix: str = "person") -> dict[str, Any]:
    email = api.new_email(prefix)
    user_id = api.sign_up(email)
    return {"id": user_id, "email": email, "client": api.client(api.access_token(email))}


def _own(client: Any) -> list[dict[str, Any]]:
    r = get_user_own_emails.sync_detailed(client=client)
    assert r.status_code == 200, r.content
    check("getUserOwnEmails", 200, body_of(r))
    return list(body_of(r))


def _wrong(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def test_add_verify_make_primary_and_remove(api: Api) -> None:
    me = _person(api)
    client = me["client"]
    (primary,) = _own(client)
    assert primary["email"] == me["email"] and primary["isPrimary"] is True and primary["verified"] is True

    extra = api.new_email("extra")
    r = create_user_email.sync_detailed(client=client, body=CreateUserEmailRequest.from_dict({"email": extra}))
    assert r.status_code == 200, r.content
    added = body_of(r)
    check("createUserEmail", 200, added)
    assert added["verified"] is False and added["isPrimary"] is False and added["userId"] == me["id"]
    # One owner per address, whether primary or further.
    for taken in (extra, me["email"]):
        r = create_user_email.sync_detailed(client=client, body=CreateUserEmailRequest.from_dict({"email": taken}))
        assert r.status_code == 409, taken

    # Only a verified address can become primary.
    r = mark_email_as_primary_me.sync_detailed(
        client=client, body=MarkEmailAsPrimaryRequest.from_dict({"email": extra})
    )
    assert r.status_code == 400

    code = api.last_code(extra, "userEmailVerification")
    bad = CreateUserEmailVerifyRequest.from_dict({"email": extra, "code": _wrong(code)})
    assert verify_user_email.sync_detailed(client=client, body=bad).status_code == 401
    good = CreateUserEmailVerifyRequest.from_dict({"email": extra, "code": code})
    assert verify_user_email.sync_detailed(client=client, body=good).status_code == 200
    unknown = CreateUserEmailVerifyRequest.from_dict({"email": api.new_email("x"), "code": code})
    assert verify_user_email.sync_detailed(client=client, body=unknown).status_code == 404
    assert {e["email"]: e["verified"] for e in _own(client)} == {me["email"]: True, extra: True}

    r = mark_email_as_primary_me.sync_detailed(
        client=client, body=MarkEmailAsPrimaryRequest.from_dict({"email": extra})
    )
    assert r.status_code == 200, r.content
    emails = {e["email"]: e for e in _own(client)}
    assert emails[extra]["isPrimary"] is True and emails[me["email"]]["isPrimary"] is False
    assert emails[extra]["id"] == added["id"]  # an address keeps its id
    assert api.access_token(extra)  # the new primary address logs in

    # The former primary address can now be removed; the primary one cannot.
    r = delete_user_email.sync_detailed(emails[extra]["id"], client=client, frontegg_user_id=me["id"])
    assert r.status_code == 400
    r = delete_user_email.sync_detailed(emails[me["email"]]["id"], client=client, frontegg_user_id=me["id"])
    assert r.status_code == 200
    assert [e["email"] for e in _own(client)] == [extra]
    r = delete_user_email.sync_detailed(str(uuid.uuid4()), client=client, frontegg_user_id=me["id"])
    assert r.status_code == 404


def test_environment_manages_a_users_emails(api: Api, env_client: Any) -> None:
    me = _person(api)
    verified, pending = api.new_email("verified"), api.new_email("pending")
    r = create_user_email_for_vendor.sync_detailed(
        me["id"],
        client=env_client,
        body=CreateUserEmailVendorRequest.from_dict({"email": verified, "isVerified": True}),
    )
    assert r.status_code == 200, r.content
    check("createUserEmailForVendor", 200, body_of(r))
    assert body_of(r)["verified"] is True and api.outbox(verified) == []
    r = create_user_email_for_vendor.sync_detailed(
        me["id"], client=env_client, body=CreateUserEmailVendorRequest.from_dict({"email": pending})
    )
    assert body_of(r)["verified"] is False and api.last_code(pending, "userEmailVerification")
    pending_id = body_of(r)["id"]
    r = create_user_email_for_vendor.sync_detailed(
        str(uuid.uuid4()), client=env_client, body=CreateUserEmailVendorRequest.from_dict({"email": api.new_email()})
    )
    assert r.status_code == 404

    body = MarkEmailAsPrimaryRequest.from_dict({"email": pending})
    assert mark_email_as_primary.sync_detailed(me["id"], client=env_client, body=body).status_code == 400
    body = MarkEmailAsPrimaryRequest.from_dict({"email": verified})
    assert mark_email_as_primary.sync_detailed(me["id"], client=env_client, body=body).status_code == 200
    assert next(e for e in _own(me["client"]) if e["isPrimary"])["email"] == verified

    assert delete_user_email_for_vendor.sync_detailed(me["id"], pending_id, client=env_client).status_code == 200
    assert delete_user_email_for_vendor.sync_detailed(me["id"], pending_id, client=env_client).status_code == 404
    assert {e["email"] for e in _own(me["client"])} == {verified, me["email"]}


def test_list_user_emails_pages_and_filters(api: Api, env_client: Any) -> None:
    me = _person(api, "lister")
    for n in range(3):
        create_user_email_for_vendor.sync_detailed(
            me["id"],
            client=env_client,
            body=CreateUserEmailVendorRequest.from_dict({"email": f"lister{n}-{me['id'][:8]}@example.org"}),
        )
    r = list_user_emails.sync_detailed(client=env_client, user_ids=me["id"], field_limit=2, field_sort_by="email")
    assert r.status_code == 200, r.content
    page = body_of(r)
    check("listUserEmails", 200, page)
    assert page["_metadata"] == {"totalItems": 4, "totalPages": 2}
    assert [e["email"] for e in page["items"]] == sorted(e["email"] for e in _own(me["client"]))[:2]

    r = list_user_emails.sync_detailed(client=env_client, field_email=f"lister1-{me['id'][:8]}")
    assert [e["email"] for e in body_of(r)["items"]] == [f"lister1-{me['id'][:8]}@example.org"]

    # A user token lists the addresses of its own account only.
    other = _person(api, "other")
    mine = body_of(list_user_emails.sync_detailed(client=me["client"], field_limit=100))
    assert {e["userId"] for e in mine["items"]} == {me["id"]}
    assert other["id"] not in {e["userId"] for e in mine["items"]}


def test_change_own_email_with_code(api: Api, env_client: Any) -> None:
    me = _person(api, "mover")
    client = me["client"]
    target = api.new_email("moved")
    body = SelfEmailUpdateRequest.from_dict({"email": target})
    r = update_email_me.sync_detailed(client=client, body=body)
    assert r.status_code == 403  # the environment's user emails policy forbids it by default

    policy = CreateUserEmailsPolicyRequest.from_dict({"allowEmailChange": True})
    assert create_or_update_user_emails_policy.sync_detailed(client=env_client, body=policy).status_code in (200, 201)
    try:
        taken = SelfEmailUpdateRequest.from_dict({"email": _person(api, "holder")["email"]})
        assert update_email_me.sync_detailed(client=client, body=taken).status_code == 409
        assert update_email_me.sync_detailed(client=client, body=body).status_code == 200
        code = api.last_code(target, "emailChange")
        bad = SelfEmailUpdateVerifyRequest.from_dict({"email": target, "code": _wrong(code)})
        assert verify_email_me.sync_detailed(client=client, body=bad).status_code == 401
        other = SelfEmailUpdateVerifyRequest.from_dict({"email": api.new_email(), "code": code})
        assert verify_email_me.sync_detailed(client=client, body=other).status_code == 404
        good = SelfEmailUpdateVerifyRequest.from_dict({"email": target, "code": code})
        assert verify_email_me.sync_detailed(client=client, body=good).status_code == 200
        assert [e["email"] for e in _own(client)] == [target]
        assert api.access_token(target)
        assert verify_email_me.sync_detailed(client=client, body=good).status_code == 404  # used up
    finally:
        policy = CreateUserEmailsPolicyRequest.from_dict({"allowEmailChange": False})
        create_or_update_user_emails_policy.sync_detailed(client=env_client, body=policy)


def test_own_emails_need_a_user_token_or_a_named_user(api: Api, env_client: Any) -> None:
    # An environment token reads the emails of the user frontegg-user-id names (issue 15: the published
    # spec declares the header here, which only an environment token needs); without it, nobody.
    assert get_user_own_emails.sync_detailed(client=env_client).status_code == 400
    unknown = get_user_own_emails.sync_detailed(client=env_client, frontegg_user_id=str(uuid.uuid4()))
    assert unknown.status_code == 404
    me = _person(api)
    named = get_user_own_emails.sync_detailed(client=env_client, frontegg_user_id=me["id"])
    assert named.status_code == 200, named.content
    assert body_of(named) == _own(me["client"])
    assert get_user_own_emails.sync_detailed(client=api.client()).status_code == 401


def test_environment_token_adds_and_verifies_for_the_named_user(api: Api, env_client: Any) -> None:
    me = _person(api)
    extra = api.new_email("for-user")
    body = CreateUserEmailRequest.from_dict({"email": extra})
    # An environment token acts for nobody until frontegg-user-id names the user.
    assert create_user_email.sync_detailed(client=env_client, body=body).status_code == 400
    r = create_user_email.sync_detailed(client=env_client, body=body, frontegg_user_id=me["id"])
    assert r.status_code == 200, r.content
    assert body_of(r)["userId"] == me["id"]
    code = api.last_code(extra, "userEmailVerification")
    verify = CreateUserEmailVerifyRequest.from_dict({"email": extra, "code": code})
    r = verify_user_email.sync_detailed(client=env_client, body=verify, frontegg_user_id=me["id"])
    assert r.status_code == 200, r.content
    assert {e["email"]: e["verified"] for e in _own(me["client"])}[extra] is True
