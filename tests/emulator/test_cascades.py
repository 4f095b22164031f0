"""Cascades (domain/cascades.py), over HTTP: what goes with a deleted account, a deleted user and a
member removed from an account.

Before, most of it stayed stored and was hidden by checks at read time (is the account still there,
is the user still a member), which an account created again under the same id, or a user added to
the account again, got past: the old tokens, invite links, groups, roles and policies came back.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from security_support import Isolated

from frontegg_emulator import EmulatorServer
from frontegg_emulator.domain.model import Environment, to_document

TENANTS = "/tenants/resources/tenants/v1"


@pytest.fixture
def env(emu: EmulatorServer) -> Any:
    isolated = Isolated(emu, throttling=False)
    yield isolated
    isolated.close()


def _state(emu: EmulatorServer, isolated: Isolated) -> Environment:
    found = emu.emulation.by_client_id(isolated.client_id)
    assert found is not None
    return found


def _tenants(isolated: Isolated, method: str, path: str = "", **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {isolated.env_token()}"}
    return isolated.http.request(method, TENANTS + path, headers=headers, **kwargs)


def _new_account(isolated: Isolated, tenant_id: str, **fields: Any) -> None:
    r = _tenants(isolated, "POST", json={"name": "Cascade", "tenantId": tenant_id, **fields})
    assert r.status_code == 201, r.text


def _delete_account(isolated: Isolated, tenant_id: str) -> None:
    r = _tenants(isolated, "DELETE", f"/{tenant_id}")
    assert r.status_code == 200, r.text


def _stored_mentions(env: Environment, needle: str, *, skip: tuple[str, ...]) -> list[str]:
    """The collections (and record kinds) whose stored documents still name ``needle``."""
    document = to_document(env)
    found = []
    for name, value in document.items():
        if name in skip:
            continue
        if name == "records":
            found += [f"records.{kind}" for kind, rows in value.items() if needle in json.dumps(rows)]
        elif needle in json.dumps(value):
            found.append(name)
    return found


def test_tokens_of_a_deleted_account_stay_dead_when_its_id_comes_back(env: Isolated, emu: EmulatorServer) -> None:
    tenant_id = f"cascade-{uuid.uuid4().hex[:8]}"
    _new_account(env, tenant_id)
    account = {"frontegg-tenant-id": tenant_id}
    admin = env.role_id("Admin")
    r = env.call("POST", "/tenants/access-tokens/v1", env.env_token(), json={"roleIds": [admin]}, headers=account)
    assert r.status_code == 201, r.text
    access_token = r.json()["secret"]
    r = env.call("POST", "/tenants/api-tokens/v1", env.env_token(), json={"roleIds": [admin]}, headers=account)
    assert r.status_code == 201, r.text
    client_id, secret = r.json()["clientId"], r.json()["secret"]
    assert env.call("GET", "/users/v3", access_token).status_code == 200

    _delete_account(env, tenant_id)
    _new_account(env, tenant_id)  # Frontegg lets an account id be created again
    assert env.call("GET", "/users/v3", access_token).status_code == 401
    r = env.call("POST", "/auth/v1/api-token", json={"clientId": client_id, "secret": secret})
    assert r.status_code == 401, r.text
    listed = env.call("GET", "/tenants/access-tokens/v1", env.env_token(), headers=account)
    assert listed.status_code == 200 and listed.json()["accessTokens"] == []


def test_invite_link_groups_roles_and_policies_of_a_deleted_account_are_gone(
    env: Isolated, emu: EmulatorServer
) -> None:
    tenant_id = f"cascade-{uuid.uuid4().hex[:8]}"
    _new_account(env, tenant_id)
    account = {"frontegg-tenant-id": tenant_id}
    vendor = env.env_token()
    invite = env.call("POST", "/tenants/invites/v1", vendor, json={"tenantId": tenant_id})
    assert invite.status_code == 201, invite.text
    link = invite.json()["token"]
    assert env.call("POST", "/tenants/invites/v1/verify", json={"token": link}).status_code == 200
    assert env.call("POST", "/groups/v1", vendor, json={"name": "Ops"}, headers=account).status_code == 201
    r = env.call("POST", "/roles/v1", vendor, json=[{"key": "own", "name": "Own", "level": 1}], headers=account)
    assert r.status_code in (200, 201), r.text
    assert r.json()[0]["tenantId"] == tenant_id
    r = env.call(
        "POST", "/configurations/v1/lockout-policy", vendor, json={"enabled": True, "maxAttempts": 3}, headers=account
    )
    assert r.status_code == 201, r.text
    r = env.call(
        "POST",
        "/configurations/v1/restrictions/ip",
        vendor,
        json={"ip": "10.0.0.1", "strategy": "BLOCK"},
        headers=account,
    )
    assert r.status_code < 300, r.text

    _delete_account(env, tenant_id)
    # Nothing stored names the account any more (ended sessions and the outbox are history).
    assert _stored_mentions(_state(emu, env), tenant_id, skip=("outbox", "sessions", "throttle_hits")) == []

    _new_account(env, tenant_id)
    r = env.call("POST", "/tenants/invites/v1/verify", json={"token": link})
    assert r.status_code == 404, r.text
    assert env.call("GET", "/groups/v1", vendor, headers=account).json()["groups"] == []
    assert "own" not in [role["key"] for role in env.call("GET", "/roles/v1", vendor, headers=account).json()]
    lockout = env.call("GET", "/configurations/v1/lockout-policy", vendor, headers=account)
    assert lockout.status_code == 200 and lockout.json()["enabled"] is False


def test_sub_accounts_of_a_deleted_account_move_up_to_its_parent(env: Isolated) -> None:
    """Frontegg's Tenants API reference, "Delete account (tenant)": sub-accounts are reassigned to the
    deleted account's parent."""
    top, middle, leaf = (f"{name}-{uuid.uuid4().hex[:6]}" for name in ("top", "middle", "leaf"))
    _new_account(env, top)
    _new_account(env, middle, parentTenantId=top)
    _new_account(env, leaf, parentTenantId=middle)
    _delete_account(env, middle)
    assert _tenants(env, "GET", f"/{leaf}").json()[0]["parentTenantId"] == top
    _delete_account(env, top)
    assert _tenants(env, "GET", f"/{leaf}").json()[0].get("parentTenantId") is None


def test_a_member_removed_and_added_again_has_none_of_its_old_tokens(env: Isolated, emu: EmulatorServer) -> None:
    home = f"home-{uuid.uuid4().hex[:6]}"
    other = f"other-{uuid.uuid4().hex[:6]}"
    _new_account(env, home)
    _new_account(env, other)
    vendor = env.env_token()
    email = env.new_email("member")
    user_id = env.member(home, email, [env.role_id("Admin")])
    r = env.call("POST", f"/users/v1/{user_id}/tenant", vendor, json={"tenantId": other, "skipInviteEmail": True})
    assert r.status_code < 300, r.text
    in_other = {"frontegg-tenant-id": other, "frontegg-user-id": user_id}
    personal = env.call("POST", "/users/access-tokens/v1", vendor, json={"description": "cli"}, headers=in_other)
    assert personal.status_code == 201, personal.text
    group = env.call("POST", "/groups/v1", vendor, json={"name": "Team"}, headers={"frontegg-tenant-id": other})
    assert group.status_code == 201, group.text
    group_id = group.json()["id"]
    r = env.call(
        "POST",
        f"/groups/v1/{group_id}/users",
        vendor,
        json={"userIds": [user_id]},
        headers={"frontegg-tenant-id": other},
    )
    assert r.status_code < 300, r.text

    removed = env.call("DELETE", f"/users/v1/{user_id}", vendor, headers={"frontegg-tenant-id": other})
    assert removed.status_code == 200, removed.text
    r = env.call("POST", f"/users/v1/{user_id}/tenant", vendor, json={"tenantId": other, "skipInviteEmail": True})
    assert r.status_code < 300, r.text

    # Back in the account: the personal token of its earlier membership does not work, is not listed,
    # and the group it was in does not count it.
    assert env.call("GET", "/users/v3", personal.json()["secret"]).status_code == 401
    listed = env.call("GET", "/users/access-tokens/v1", vendor, headers=in_other)
    assert listed.status_code == 200 and listed.json()["accessTokens"] == []
    got = env.call(
        "GET",
        f"/groups/v1/{group_id}",
        vendor,
        headers={"frontegg-tenant-id": other},
        params={"_groupsRelations": "users"},
    )
    assert got.status_code == 200, got.text
    assert [u["id"] for u in got.json().get("users", [])] == []


def test_a_deleted_users_own_records_go(env: Isolated, emu: EmulatorServer) -> None:
    """Personal tokens, phone numbers, pending steps, group memberships: nothing stored names a deleted
    user but its ended sessions and the outbox (what was sent)."""
    tenant = f"solo-{uuid.uuid4().hex[:6]}"
    _new_account(env, tenant)
    vendor = env.env_token()
    email = env.new_email("deleted")
    user_id = env.member(tenant, email, [env.role_id("Admin")])
    ids = {"frontegg-tenant-id": tenant, "frontegg-user-id": user_id}
    assert (
        env.call("POST", "/users/access-tokens/v1", vendor, json={"description": "x"}, headers=ids).status_code == 201
    )
    assert env.call("POST", "/users/api-tokens/v1", vendor, json={"description": "x"}, headers=ids).status_code == 201
    token = env.token(email)
    r = env.call("POST", "/users/phone-numbers/v1", token, json={"phoneNumber": "+15550100123"})
    assert r.status_code < 300, r.text
    group = env.call("POST", "/groups/v1", vendor, json={"name": "Crew"}, headers={"frontegg-tenant-id": tenant})
    r = env.call(
        "POST",
        f"/groups/v1/{group.json()['id']}/users",
        vendor,
        json={"userIds": [user_id]},
        headers={"frontegg-tenant-id": tenant},
    )
    assert r.status_code < 300, r.text
    assert env.call("POST", "/users/v1/passwords/reset", json={"email": email}).status_code < 300

    assert env.call("DELETE", f"/users/v1/{user_id}", vendor).status_code == 200
    assert _stored_mentions(_state(emu, env), user_id, skip=("outbox", "sessions", "throttle_hits")) == []
