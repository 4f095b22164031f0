"""The roles-and-permissions part of a user's view is kept between reads (domain/users.py role_part):
every change to a role, a permission, a category or the user's roles in the account must show in the
next view, whether it came in an earlier unit of work or in the same one, and no view may be served
from another user's, account's or environment's part."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any, cast

import pytest
from emulator_api import Api

from frontegg_emulator.domain import tenants, users
from frontegg_emulator.domain.model import Environment, Permission, Role, User, new_id
from frontegg_emulator.errors import NotFound
from frontegg_emulator.handlers import users as user_handlers
from frontegg_emulator.handlers.base import Context
from frontegg_emulator.spec import Operation
from frontegg_emulator.state import Emulation


@pytest.fixture
def emulation() -> Iterator[Emulation]:
    emulation = Emulation()
    yield emulation
    emulation.close()


def _setup(emulation: Emulation, client_id: str) -> tuple[Environment, User]:
    env = emulation.create_environment(client_id, None)
    with emulation.transaction(env):
        tenants.create(env, {"tenantId": "acme", "name": "Acme"})
        user = users.create_user(env, email=f"alice@{client_id}.test", tenant_id="acme")
    return env, user


def _view(emulation: Emulation, env: Environment, user_id: str) -> dict[str, Any]:
    # A read in its own unit of work, as a GET user by id is: the user is reached, nothing else.
    with emulation.transaction(env):
        return users.user_view(env, env.users[user_id], "acme")


def _permission_keys(view: dict[str, Any]) -> list[str]:
    return [p["key"] for p in view["permissions"]]


def _role(env: Environment, key: str) -> Role:
    return next(r for r in env.roles.peek().values() if r.key == key)


def test_a_read_reuses_the_part_and_reaches_no_role(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-reuse")
    role_ids = tuple(user.roles["acme"])
    with emulation.transaction(env):
        first = users.role_part(env, role_ids)
    with emulation.transaction(env):
        again = users.role_part(env, role_ids)
        assert env.roles.generation() is not None  # reading the view reached no role
    assert again is first
    view = _view(emulation, env, user.id)
    assert view["roles"] and view["permissions"]
    # What a caller gets is its own: changing it changes neither the kept part nor the next view.
    view["roles"][0]["name"] = "changed by a caller"
    view["permissions"][0]["name"] = "changed by a caller"
    fresh = _view(emulation, env, user.id)
    assert fresh["roles"][0]["name"] != "changed by a caller"
    assert fresh["permissions"][0]["name"] != "changed by a caller"


def test_a_changed_role_shows_in_the_next_view(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-role")
    before = _view(emulation, env, user.id)
    role_id = before["roles"][0]["id"]
    with emulation.transaction(env):
        env.roles[role_id].name = "Renamed"
        env.roles[role_id].permission_ids = env.roles[role_id].permission_ids[:1]
    after = _view(emulation, env, user.id)
    assert after["roles"][0]["name"] == "Renamed"
    assert after["tenants"][0]["roles"][0]["name"] == "Renamed"
    assert len(after["permissions"]) == 1 < len(before["permissions"])


def test_a_change_shows_within_the_same_unit_of_work(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-same")
    _view(emulation, env, user.id)  # the part is kept
    with emulation.transaction(env):
        role_id = env.users[user.id].roles["acme"][0]
        env.roles[role_id].name = "Renamed now"
        view = users.user_view(env, env.users[user.id], "acme")
        assert view["roles"][0]["name"] == "Renamed now"
        # Not kept while the roles are being changed: the part built now is not the one read later.
        assert users.role_part(env, (role_id,)) is not users.role_part(env, (role_id,))


def test_a_changed_or_removed_permission_shows(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-permission")
    before = _view(emulation, env, user.id)
    first = before["permissions"][0]
    with emulation.transaction(env):
        env.permissions[first["id"]].name = "Renamed permission"
    assert _view(emulation, env, user.id)["permissions"][0]["name"] == "Renamed permission"
    with emulation.transaction(env):
        del env.permissions[first["id"]]
    after = _view(emulation, env, user.id)
    assert first["key"] not in _permission_keys(after)
    assert first["id"] not in after["roles"][0]["permissions"]


def test_a_new_role_holding_a_permission_shows_in_its_role_ids(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-roleids")
    permission_id = _view(emulation, env, user.id)["permissions"][0]["id"]
    other = Role(new_id(), "Other", "Other", None, 5, False, None, [permission_id], 0.0, 0.0)
    with emulation.transaction(env):
        env.roles[other.id] = other
    view = _view(emulation, env, user.id)
    assert other.id in view["permissions"][0]["roleIds"]


def test_a_category_change_forgets_the_part(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-category")
    role_ids = tuple(user.roles["acme"])
    with emulation.transaction(env):
        kept = users.role_part(env, role_ids)
    with emulation.transaction(env):
        category = next(iter(env.categories))
        env.categories[category].name = "Renamed category"
    with emulation.transaction(env):
        assert users.role_part(env, role_ids) is not kept


def test_the_part_follows_the_users_role_assignment(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-assignment")
    admin, read_only = _role(env, "Admin"), _role(env, "ReadOnly")
    with emulation.transaction(env):
        env.users[user.id].roles["acme"] = [admin.id]
    assert [r["key"] for r in _view(emulation, env, user.id)["roles"]] == ["Admin"]
    admin_permissions = _permission_keys(_view(emulation, env, user.id))
    with emulation.transaction(env):
        env.users[user.id].roles["acme"] = [read_only.id]
    view = _view(emulation, env, user.id)
    assert [r["key"] for r in view["roles"]] == ["ReadOnly"]
    assert _permission_keys(view) != admin_permissions
    # A second user with the first role set, read after: its own roles, not the last view's.
    with emulation.transaction(env):
        bob = users.create_user(env, email="bob@cache-assignment.test", tenant_id="acme", role_ids=[admin.id])
    assert [r["key"] for r in _view(emulation, env, bob.id)["roles"]] == ["Admin"]
    assert [r["key"] for r in _view(emulation, env, user.id)["roles"]] == ["ReadOnly"]


def test_environments_never_share_a_part(emulation: Emulation) -> None:
    one, alice = _setup(emulation, "cache-one")
    two, bob = _setup(emulation, "cache-two")
    one_view, two_view = _view(emulation, one, alice.id), _view(emulation, two, bob.id)
    assert {r["vendorId"] for r in one_view["roles"]} == {"cache-one"}
    assert {r["vendorId"] for r in two_view["roles"]} == {"cache-two"}
    role_id = one_view["roles"][0]["id"]
    with emulation.transaction(one):
        one.roles[role_id].name = "Only in one"
    assert _view(emulation, one, alice.id)["roles"][0]["name"] == "Only in one"
    assert _view(emulation, two, bob.id)["roles"][0]["name"] != "Only in one"


def test_a_reset_environment_gets_a_new_part(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-reset")
    role_ids = tuple(user.roles["acme"])
    with emulation.transaction(env):
        kept = users.role_part(env, role_ids)
    emulation.reset(env)
    with emulation.transaction(env):
        permission = Permission(new_id(), "x.read", "X", None, None, "NEVER", 0.0, 0.0)
        env.permissions[permission.id] = permission
    with emulation.transaction(env):
        assert users.role_part(env, role_ids) is not kept


def test_a_read_of_a_user_reaches_nothing(emulation: Emulation) -> None:
    env, user = _setup(emulation, "cache-read")
    with emulation.transaction(env):
        found = users.user_in_tenant(env, user.id, "acme", read_only=True)
        users.user_view(env, found, "acme")
        # Nothing for the commit to re-index or compare: no user, role or permission reached.
        assert env.users.reach() == (False, set())
        assert env.roles.generation() is not None and env.permissions.generation() is not None
        with pytest.raises(NotFound):
            users.user_in_tenant(env, user.id, "other-account", read_only=True)
        with pytest.raises(NotFound):
            users.get_user(env, "no-such-user", read_only=True)
        users.user_in_tenant(env, user.id, "acme")
        assert env.users.reach() == (False, {user.id})  # reached, as before, when it may change


# ---------------------------------------------------------------- GET user by id: its view kept as JSON
def _get(api: Api, token: str, user_id: str, tenant_id: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} | ({"frontegg-tenant-id": tenant_id} if tenant_id else {})
    r = api.http.get(f"/identity/resources/users/v1/{user_id}", headers=headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_a_kept_view_follows_every_change(api: Api) -> None:
    token = api.env_token()
    user_id = api.sign_up(api.new_email("kept"))
    tenant_id = _get(api, token, user_id)["tenantId"]
    auth = {"Authorization": f"Bearer {token}", "frontegg-tenant-id": tenant_id}
    first = _get(api, token, user_id, tenant_id)
    assert _get(api, token, user_id, tenant_id) == first
    # The user itself.
    r = api.http.put(
        "/identity/resources/users/v1", json={"name": "Kept Renamed"}, headers={**auth, "frontegg-user-id": user_id}
    )
    assert r.status_code == 200, r.text
    assert _get(api, token, user_id, tenant_id)["name"] == "Kept Renamed"
    # One of its roles.
    role_id = first["roles"][0]["id"]
    r = api.http.patch(f"/identity/resources/roles/v1/{role_id}", json={"description": "kept described"}, headers=auth)
    assert r.status_code == 200, r.text
    view = _get(api, token, user_id, tenant_id)
    assert view["roles"][0]["description"] == "kept described"
    assert view["tenants"][0]["roles"][0]["description"] == "kept described"
    # One of its permissions.
    permission_id = view["permissions"][0]["id"]
    r = api.http.patch(
        f"/identity/resources/permissions/v1/{permission_id}", json={"description": "kept too"}, headers=auth
    )
    assert r.status_code == 200, r.text
    assert _get(api, token, user_id, tenant_id)["permissions"][0]["description"] == "kept too"
    # Its roles in the account.
    r = api.http.request(
        "DELETE", f"/identity/resources/users/v1/{user_id}/roles", json={"roleIds": [role_id]}, headers=auth
    )
    assert r.status_code in (200, 204), r.text
    view = _get(api, token, user_id, tenant_id)
    assert role_id not in [role["id"] for role in view["roles"]]
    assert view["tenants"][0]["roles"] == view["roles"]


def test_a_kept_view_is_one_users_one_accounts_one_callers(api: Api) -> None:
    token = api.env_token()
    alice, bob = api.sign_up(api.new_email("kept-a")), api.sign_up(api.new_email("kept-b"))
    alice_view, bob_view = _get(api, token, alice), _get(api, token, bob)
    assert (alice_view["id"], bob_view["id"]) == (alice, bob)
    assert _get(api, token, alice)["email"] == alice_view["email"] != bob_view["email"]
    # Asked within an account the user is not in: not found, not the view kept for another account.
    r = api.http.get(
        f"/identity/resources/users/v1/{alice}",
        headers={"Authorization": f"Bearer {token}", "frontegg-tenant-id": bob_view["tenantId"]},
    )
    assert r.status_code == 404
    # The user's own token sees its own account only (account_only), the environment's every account.
    own = _get(api, api.access_token(alice_view["email"]), alice)
    assert own["tenantIds"] == [alice_view["tenantId"]]
    assert _get(api, token, alice)["name"] == own["name"]


def _ctx(env: Environment) -> Context:
    return Context(
        env=env,
        op=cast(Operation, None),
        path={},
        query={},
        headers={},
        body={},
        principal=None,
        cookies={},
        client_ip="",
        user_agent="",
        gateway_url="",
        app_url="",
    )


def test_a_kept_view_is_keyed_by_environment_account_and_scope(emulation: Emulation) -> None:
    env, user = _setup(emulation, "kept-keys")
    other = emulation.create_environment("kept-keys-other", None)
    with emulation.transaction(env):
        tenants.create(env, {"tenantId": "beta", "name": "Beta"})
        env.users[user.id].tenant_ids.append("beta")
    with emulation.transaction(other):
        tenants.create(other, {"tenantId": "acme", "name": "Other Acme"})
        twin = users.create_user(other, email="twin@kept-keys.test", tenant_id="acme")
        # The same user id in another environment (an imported file names its ids).
        other.users[user.id] = dataclasses.replace(twin, id=user.id)
        del other.users[twin.id]

    def kept(environment: Environment, tenant_id: str, account_only: bool) -> dict[str, Any]:
        with emulation.transaction(environment):
            found = users.user_in_tenant(environment, user.id, tenant_id, read_only=True)
            view: dict[str, Any] = json.loads(
                user_handlers._kept_view(_ctx(environment), found, tenant_id, account_only)
            )
            return view

    assert kept(env, "acme", True)["tenantIds"] == ["acme"]
    assert kept(env, "acme", False)["tenantIds"] == ["acme", "beta"]
    assert kept(env, "acme", True)["tenantIds"] == ["acme"]
    assert kept(env, "beta", False)["tenantId"] == "beta"
    assert kept(env, "acme", False)["tenantId"] == "acme"
    assert kept(other, "acme", False)["email"] == "twin@kept-keys.test"
    assert kept(env, "acme", False)["email"] == "alice@kept-keys.test"
