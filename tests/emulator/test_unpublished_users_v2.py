"""The admin portal's users table: GET /identity/resources/users/v2 (@frontegg/rest-api 7.119.0
users/index.js getUsersV2, called by @frontegg/redux-store 7.119.0 auth/TeamState/actions/users.actions.js
loadUsersV2), whose users carry their roles and permissions. Raw HTTP: the generated client does not
include the companion operations yet."""

from __future__ import annotations

from typing import Any

from response_schema import check
from security_support import Isolated

from frontegg_emulator import EmulatorServer

USERS_V2 = "/users/v2"


def _page(env: Isolated, token: str, **params: Any) -> dict[str, Any]:
    r = env.call("GET", USERS_V2, token, params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    check("getUsersV2", 200, body)
    return body


def test_the_users_table_gets_roles_permissions_and_totals(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("table-admin")
    admin_id, tenant = env.sign_up(admin)
    read_only = env.role_id("ReadOnly")
    members = [env.new_email(f"table-member{i}") for i in range(3)]
    for email in members:
        env.member(tenant, email, [read_only])
    token = env.token(admin)
    # What loadUsersV2 sends: _offset/_limit pages, _sortBy/_order, _filter only when set.
    first = _page(env, token, _offset=0, _limit=2, _sortBy="email", _order="ASC")
    assert first["_metadata"] == {"totalItems": 4, "totalPages": 2}
    second = _page(env, token, _offset=1, _limit=2, _sortBy="email", _order="ASC")
    emails = [u["email"] for u in first["items"] + second["items"]]
    assert emails == sorted([admin, *members])
    by_email = {u["email"]: u for u in first["items"] + second["items"]}
    # users.actions.js maps roles to roleIds and reads groups; ITeamUserPermission objects come along.
    assert [r["id"] for r in by_email[members[0]]["roles"]] == [read_only]
    assert by_email[members[0]]["permissions"] and "groups" in by_email[members[0]]
    assert by_email[admin]["id"] == admin_id and {r["key"] for r in by_email[admin]["roles"]} == {"Admin"}
    assert {p["key"] for p in by_email[members[0]]["permissions"]} <= {p["key"] for p in by_email[admin]["permissions"]}
    # _filter matches the name or email; ids restricts to those users.
    assert [u["email"] for u in _page(env, token, _filter="member1")["items"]] == [members[1]]
    ids = ",".join([admin_id])
    assert [u["email"] for u in _page(env, token, ids=ids)["items"]] == [admin]


def test_a_user_token_lists_its_own_account_only(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("v2-admin")
    _, tenant = env.sign_up(admin)
    stranger = env.new_email("v2-stranger")
    _, other = env.sign_up(stranger)
    # A member of both accounts is listed with the caller's account only.
    both = env.new_email("v2-both")
    both_id = env.member(other, both, [env.role_id("Admin")])
    r = env.call("POST", f"/users/v1/{both_id}/tenant", env.env_token(), json={"tenantId": tenant})
    assert r.status_code < 300, r.text
    listing = _page(env, env.token(admin))
    assert {u["email"] for u in listing["items"]} == {admin, both}
    (seen,) = [u for u in listing["items"] if u["email"] == both]
    assert seen["tenantIds"] == [tenant] and [t["tenantId"] for t in seen["tenants"]] == [tenant]
    assert {r["key"] for r in seen["roles"]} != {"Admin"}  # its Admin role is in the other account
    # Naming another account is refused; without the users read permission, nothing is listed.
    r = env.call("GET", USERS_V2, env.token(admin), headers={"frontegg-tenant-id": other})
    assert r.status_code == 403, r.text
    outsider = env.new_email("v2-no-perm")
    env.member(tenant, outsider, [env.custom_role(["fe.secure.read.roles"])])
    assert env.call("GET", USERS_V2, env.token(outsider)).status_code == 403
    # An environment token lists an account it names, or everyone.
    everyone = {u["email"] for u in _page(env, env.env_token(), _limit=50)["items"]}
    assert {admin, stranger, both} <= everyone
    r = env.call("GET", USERS_V2, env.env_token(), headers={"frontegg-tenant-id": other})
    assert {u["email"] for u in r.json()["items"]} == {stranger, both}


def test_sub_account_users_are_included_when_asked_and_reachable(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("v2-parent")
    admin_id, root = env.sign_up(admin)
    r = env.http.post(
        "/tenants/resources/tenants/v1",
        headers={"authorization": f"Bearer {env.env_token()}"},
        json={"name": "child", "parentTenantId": root},
    )
    assert r.status_code == 201, r.text
    child = r.json()["tenantId"]
    member = env.new_email("v2-child-member")
    env.member(child, member, [env.role_id("ReadOnly")])
    token = env.token(admin)
    assert {u["email"] for u in _page(env, token, _includeSubTenants="true")["items"]} == {admin}
    r = env.call("PUT", f"/sub-tenants/users/v1/{admin_id}/access", token, json={"allowAccess": True})
    assert r.status_code == 200, r.text
    token = env.token(admin)
    assert {u["email"] for u in _page(env, token)["items"]} == {admin}
    listing = _page(env, token, _includeSubTenants="true")
    assert {u["email"] for u in listing["items"]} == {admin, member}
    (seen,) = [u for u in listing["items"] if u["email"] == member]
    assert seen["tenantId"] == child and [r["key"] for r in seen["roles"]] == ["ReadOnly"]
