"""Finding 2 of issue 14: a user token grants no role stronger than the caller's own, nor one whose
permissions the caller lacks, wherever a role can reach a user: directly, at creation, by invitation,
through a group, or in an API token."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from security_support import Isolated

from frontegg_emulator import EmulatorServer

USERS = ["fe.secure.read.users", "fe.secure.write.users", "fe.secure.delete.users"]
GROUPS = ["fe.secure.read.groups", "fe.secure.write.groups", "fe.secure.delete.groups"]
TOKENS = ["fe.secure.read.apiTokens", "fe.secure.write.apiTokens", "fe.secure.delete.apiTokens"]


@pytest.fixture(scope="module")
def emu() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server


@pytest.fixture
def setup(emu: EmulatorServer) -> Iterator[tuple[Isolated, str, str, str, str]]:
    """(env, account id, a user manager's token, its user id, the Admin role id)."""
    env = Isolated(emu, throttling=False)
    _, tenant_id = env.sign_up(env.new_email("owner"))
    manager_role = env.custom_role(USERS + GROUPS + TOKENS, level=1)
    email = env.new_email("manager")
    manager_id = env.member(tenant_id, email, [manager_role])
    yield env, tenant_id, env.token(email), manager_id, env.role_id("Admin")
    env.close()


def _roles_of(env: Isolated, user_id: str, tenant_id: str) -> list[str]:
    r = env.call("GET", f"/users/v1/{user_id}", env.env_token(), headers={"frontegg-tenant-id": tenant_id})
    return sorted(role["key"] for role in r.json()["roles"])


def test_a_user_manager_cannot_make_itself_admin(setup: tuple[Isolated, str, str, str, str]) -> None:
    env, tenant_id, token, manager_id, admin = setup
    before = _roles_of(env, manager_id, tenant_id)
    r = env.call(
        "POST",
        f"/users/v1/{manager_id}/roles",
        token,
        headers={"frontegg-tenant-id": tenant_id},
        json={"roleIds": [admin]},
    )
    assert r.status_code == 403, r.text
    assert r.json()["errorCode"] == "ER-01004"
    assert _roles_of(env, manager_id, tenant_id) == before


def test_nor_create_an_admin_user(setup: tuple[Isolated, str, str, str, str]) -> None:
    env, tenant_id, token, _, admin = setup
    email = env.new_email("puppet")
    r = env.call(
        "POST",
        "/users/v1",
        token,
        headers={"frontegg-tenant-id": tenant_id},
        json={"email": email, "password": "Puppet-pass-9", "roleIds": [admin]},
    )
    assert r.status_code == 403, r.text
    assert env.login(email, "Puppet-pass-9").status_code == 401  # no such user was created


def test_nor_put_admin_into_a_group_or_join_an_admin_group(setup: tuple[Isolated, str, str, str, str]) -> None:
    env, tenant_id, token, manager_id, admin = setup
    group = env.call(
        "POST", "/groups/v1", token, headers={"frontegg-tenant-id": tenant_id}, json={"name": "escalation"}
    )
    assert group.status_code in (200, 201), group.text
    group_id = group.json()["id"]
    r = env.call(
        "POST",
        f"/groups/v1/{group_id}/roles",
        token,
        headers={"frontegg-tenant-id": tenant_id},
        json={"roleIds": [admin]},
    )
    assert r.status_code == 403, r.text
    # A group the environment gave the Admin role: joining it would grant Admin.
    env_token = env.env_token()
    headers = {"frontegg-tenant-id": tenant_id}
    r = env.call("POST", f"/groups/v1/{group_id}/roles", env_token, headers=headers, json={"roleIds": [admin]})
    assert r.status_code < 300, r.text
    r = env.call(
        "POST",
        f"/groups/v1/{group_id}/users",
        token,
        headers={"frontegg-tenant-id": tenant_id},
        json={"userIds": [manager_id]},
    )
    assert r.status_code == 403, r.text
    r = env.call("GET", f"/groups/v1/{group_id}", env_token, headers=headers)
    assert r.json()["users"] == []


def test_nor_hand_admin_to_an_api_token(setup: tuple[Isolated, str, str, str, str]) -> None:
    env, tenant_id, token, _, admin = setup
    r = env.call(
        "POST",
        "/tenants/api-tokens/v1",
        token,
        headers={"frontegg-tenant-id": tenant_id},
        json={"description": "x", "roleIds": [admin]},
    )
    assert r.status_code == 403, r.text


def test_roles_at_the_callers_level_with_its_permissions_are_granted(
    setup: tuple[Isolated, str, str, str, str],
) -> None:
    env, tenant_id, token, _, _ = setup
    weaker = env.custom_role(["fe.secure.read.users"], level=2)
    email = env.new_email("helper")
    r = env.call(
        "POST",
        "/users/v1",
        token,
        headers={"frontegg-tenant-id": tenant_id},
        json={"email": email, "password": "Helper-pass-9", "roleIds": [weaker]},
    )
    assert r.status_code == 201, r.text
    weaker_key = next(
        role["key"] for role in env.call("GET", "/roles/v1", env.env_token()).json() if role["id"] == weaker
    )
    assert _roles_of(env, r.json()["id"], tenant_id) == [weaker_key]
    stronger_level = env.custom_role(["fe.secure.read.users"], level=0)
    r = env.call(
        "POST",
        f"/users/v1/{r.json()['id']}/roles",
        token,
        headers={"frontegg-tenant-id": tenant_id},
        json={"roleIds": [stronger_level]},
    )
    assert r.status_code == 403, r.text  # its permissions are the caller's, but its level is above


def test_an_admin_still_grants_admin(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    owner = env.new_email("owner")
    _, tenant_id = env.sign_up(owner)
    reader = env.member(tenant_id, env.new_email("reader"), [env.role_id("ReadOnly")])
    r = env.call(
        "POST",
        f"/users/v1/{reader}/roles",
        env.token(owner),
        headers={"frontegg-tenant-id": tenant_id},
        json={"roleIds": [env.role_id("Admin")]},
    )
    assert r.status_code in (200, 201), r.text
    assert "Admin" in _roles_of(env, reader, tenant_id)
