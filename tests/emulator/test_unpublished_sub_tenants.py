"""Users of sub-accounts and the user counts of accounts, as the admin portal drives them
(@frontegg/rest-api 7.119.0 sub-tenants/index.js and tenants/index.js getTenantsUsersCount; the calls and
fields are those of @frontegg/redux-store 7.119.0 auth/TeamState/actions/sub-tenants.actions.js and
auth/MSP/actions.js). Raw HTTP: the generated client does not include the companion operations yet."""

from __future__ import annotations

from typing import Any

import pytest
from response_schema import check
from security_support import Isolated

from frontegg_emulator import EmulatorServer

SUB_USERS = "/sub-tenants/users/v1"
COUNT = "/tenants/users/v1/count"


class Hierarchy:
    """An account (its admin signed up), two sub-accounts beneath it, and an unrelated account."""

    def __init__(self, emu: EmulatorServer) -> None:
        self.env = env = Isolated(emu, throttling=False)
        self.admin = env.new_email("parent-admin")
        self.admin_id, self.root = env.sign_up(self.admin)
        self.child = self.sub_account("child", self.root)
        self.grandchild = self.sub_account("grandchild", self.child)
        self.stranger = env.new_email("stranger")
        self.stranger_id, self.other = env.sign_up(self.stranger)

    def sub_account(self, name: str, parent: str) -> str:
        r = self.env.http.post(
            "/tenants/resources/tenants/v1",
            headers={"authorization": f"Bearer {self.env.env_token()}"},
            json={"name": name, "parentTenantId": parent},
        )
        assert r.status_code == 201, r.text
        return str(r.json()["tenantId"])

    def allow_sub_accounts(self, user_id: str, token: str | None = None) -> None:
        r = self.env.call(
            "PUT", f"{SUB_USERS}/{user_id}/access", token or self.admin_token(), json={"allowAccess": True}
        )
        assert r.status_code == 200, r.text

    def admin_token(self) -> str:
        return self.env.token(self.admin)

    def call(self, method: str, path: str, token: str, **kwargs: Any) -> Any:
        return self.env.call(method, path, token, **kwargs)


@pytest.fixture
def h(emu: EmulatorServer) -> Hierarchy:
    return Hierarchy(emu)


def _listing(h: Hierarchy, token: str, **params: Any) -> dict[str, Any]:
    r = h.call("GET", SUB_USERS, token, params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    check("listSubTenantsUsers", 200, body)
    return body


def test_a_parent_admin_reaches_sub_accounts_only_with_sub_account_access(h: Hierarchy) -> None:
    member = h.env.new_email("child-member")
    h.env.member(h.child, member, [h.env.role_id("ReadOnly")])
    # Without sub-account access the admin's hierarchy is its own account.
    listing = _listing(h, h.admin_token())
    assert {u["email"] for u in listing["items"]} == {h.admin}
    r = h.call(
        "POST",
        SUB_USERS,
        h.admin_token(),
        json={"user": {"email": "x@example.com"}, "subTenants": [{"tenantId": h.child}]},
    )
    assert r.status_code == 403, r.text

    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    # What TeamState loadAllSubTenantsUsers sends and reads: items, _metadata.totalPages/totalItems.
    listing = _listing(h, token, _limit=20, _offset=0, _filter="", _sortBy="name", _order="DESC")
    assert {u["email"] for u in listing["items"]} == {h.admin, member}
    assert listing["_metadata"] == {"totalItems": 2, "totalPages": 1}
    (seen,) = [u for u in listing["items"] if u["email"] == member]
    assert seen["tenantIds"] == [h.child]
    (tenant,) = seen["tenants"]
    assert tenant["tenantId"] == h.child and [r["key"] for r in tenant["roles"]] == ["ReadOnly"]
    assert tenant["permissions"] and all(p["key"].startswith("fe.secure.read.") for p in tenant["permissions"])
    admin_view = next(u for u in listing["items"] if u["email"] == h.admin)
    assert admin_view["subAccountAccessAllowed"] is True
    # The documented user view shows the flag too (it answered false whatever the flag was).
    r = h.call("GET", f"/users/v1/{h.admin_id}", h.env.env_token(), headers={"frontegg-tenant-id": h.root})
    assert r.json()["subAccountAccessAllowed"] is True
    # The unrelated account's users never show, and _filter narrows by name or email.
    assert h.stranger not in {u["email"] for u in listing["items"]}
    assert [u["email"] for u in _listing(h, token, _filter="child-member")["items"]] == [member]


def test_a_users_accounts_outside_the_hierarchy_stay_hidden(h: Hierarchy) -> None:
    h.allow_sub_accounts(h.admin_id)
    # The stranger also joins the child account: listed with the child only, not its own account.
    r = h.call(
        "POST", SUB_USERS, h.admin_token(), json={"user": {"email": h.stranger}, "subTenants": [{"tenantId": h.child}]}
    )
    assert r.status_code == 201, r.text
    listing = _listing(h, h.admin_token(), _filter=h.stranger)
    (seen,) = listing["items"]
    assert seen["tenantIds"] == [h.child] and seen["tenantId"] == h.child
    assert [t["tenantId"] for t in seen["tenants"]] == [h.child]


def test_add_a_new_user_to_several_accounts_invites_it_once(h: Hierarchy) -> None:
    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    email = h.env.new_email("new-hire")
    read_only = h.env.role_id("ReadOnly")
    body = {
        "user": {"email": email, "name": "New Hire"},
        "subTenants": [{"tenantId": h.child, "roleIds": [read_only]}, {"tenantId": h.grandchild}],
    }
    r = h.call("POST", SUB_USERS, token, json=body)
    assert r.status_code == 201, r.text
    assert r.content == b""
    assert len(h.env.outbox(email, "activation")) == 1
    (seen,) = _listing(h, token, _filter="new-hire")["items"]
    assert seen["name"] == "New Hire" and sorted(seen["tenantIds"]) == sorted([h.child, h.grandchild])
    roles = {t["tenantId"]: [r["id"] for r in t["roles"]] for t in seen["tenants"]}
    assert roles[h.child] == [read_only] and roles[h.grandchild]  # the defaults where none was given
    # A second add to an account the user is already in is a conflict, and changes nothing.
    r = h.call(
        "POST",
        SUB_USERS,
        token,
        json={"user": {"email": email}, "subTenants": [{"tenantId": h.root}, {"tenantId": h.child}]},
    )
    assert r.status_code == 409, r.text
    (seen,) = _listing(h, token, _filter="new-hire")["items"]
    assert h.root not in seen["tenantIds"]


def test_adding_refuses_accounts_and_roles_beyond_the_caller(h: Hierarchy) -> None:
    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    email = h.env.new_email("refused")
    for tenant_id, status in ((h.other, 403), ("no-such-account", 404)):
        r = h.call("POST", SUB_USERS, token, json={"user": {"email": email}, "subTenants": [{"tenantId": tenant_id}]})
        assert r.status_code == status, r.text
    r = h.call("POST", SUB_USERS, token, json={"user": {"email": email}, "subTenants": []})
    assert r.status_code == 400, r.text
    # A user-management reader with sub-account access cannot add users, nor hand out Admin.
    reader = h.env.new_email("reader")
    reader_id = h.env.member(h.root, reader, [h.env.custom_role(["fe.secure.read.users"])])
    h.allow_sub_accounts(reader_id)
    r = h.call(
        "POST", SUB_USERS, h.env.token(reader), json={"user": {"email": email}, "subTenants": [{"tenantId": h.child}]}
    )
    assert r.status_code == 403, r.text
    writer = h.env.new_email("writer")
    writer_id = h.env.member(h.root, writer, [h.env.custom_role(["fe.secure.read.users", "fe.secure.write.users"])])
    h.allow_sub_accounts(writer_id)
    admin_role = h.env.role_id("Admin")
    r = h.call(
        "POST",
        SUB_USERS,
        h.env.token(writer),
        json={"user": {"email": email}, "subTenants": [{"tenantId": h.child, "roleIds": [admin_role]}]},
    )
    assert r.status_code == 403, r.text
    assert h.env.outbox(email) == []  # nothing was created by any refusal


def test_roles_in_sub_accounts_are_added_replaced_and_removed(h: Hierarchy) -> None:
    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    email = h.env.new_email("roles")
    user_id = h.env.member(h.child, email, [h.env.role_id("ReadOnly")])
    custom = h.env.custom_role(["fe.secure.read.roles"], level=2)
    admin_role, read_only = h.env.role_id("Admin"), h.env.role_id("ReadOnly")

    def roles_in_child() -> list[str]:
        (seen,) = _listing(h, token, _filter="roles-")["items"]
        return sorted(r["id"] for t in seen["tenants"] if t["tenantId"] == h.child for r in t["roles"])

    path = f"{SUB_USERS}/{user_id}/roles"
    r = h.call("POST", path, token, json={"subTenantsRoles": [{"tenantId": h.child, "roleIds": [custom]}]})
    assert r.status_code == 201 and r.content == b"", r.text
    assert roles_in_child() == sorted([read_only, custom])
    # PATCH (what MSP setUserRolesForSubAccount sends) replaces them.
    r = h.call("PATCH", path, token, json={"subTenantsRoles": [{"tenantId": h.child, "roleIds": [admin_role]}]})
    assert r.status_code == 200, r.text
    assert roles_in_child() == [admin_role]
    r = h.call("DELETE", path, token, json={"subTenantsRoles": [{"tenantId": h.child, "roleIds": [admin_role]}]})
    assert r.status_code == 200, r.text
    assert roles_in_child() == []
    # An account listed twice is one entry with the union of its roles (the schema cannot forbid the
    # repeat; the contract suite's schema-valid data was refused with a 400 before).
    twice = [{"tenantId": h.child, "roleIds": [read_only]}, {"tenantId": h.child, "roleIds": [custom, read_only]}]
    r = h.call("PATCH", path, token, json={"subTenantsRoles": twice})
    assert r.status_code == 200, r.text
    assert roles_in_child() == sorted([read_only, custom])
    r = h.call("DELETE", path, token, json={"subTenantsRoles": twice})
    assert r.status_code == 200, r.text
    assert roles_in_child() == []
    # The user is no member of the grandchild, and the stranger's account is outside the hierarchy.
    r = h.call("PATCH", path, token, json={"subTenantsRoles": [{"tenantId": h.grandchild, "roleIds": [read_only]}]})
    assert r.status_code == 404, r.text
    stranger_path = f"{SUB_USERS}/{h.stranger_id}/roles"
    r = h.call(
        "PATCH", stranger_path, token, json={"subTenantsRoles": [{"tenantId": h.other, "roleIds": [admin_role]}]}
    )
    assert r.status_code == 403, r.text
    # A role of another account cannot be given.
    other_role = h.call(
        "POST",
        "/roles/v1",
        h.env.env_token(),
        headers={"frontegg-tenant-id": h.other},
        json=[{"key": "theirs", "name": "theirs", "level": 3}],
    )
    assert other_role.status_code in (200, 201), other_role.text
    r = h.call(
        "POST", path, token, json={"subTenantsRoles": [{"tenantId": h.child, "roleIds": [other_role.json()[0]["id"]]}]}
    )
    assert r.status_code == 404, r.text


def test_a_weaker_user_cannot_make_anyone_admin_in_a_sub_account(h: Hierarchy) -> None:
    writer = h.env.new_email("writer")
    writer_id = h.env.member(h.root, writer, [h.env.custom_role(["fe.secure.read.users", "fe.secure.write.users"])])
    h.allow_sub_accounts(writer_id)
    target = h.env.member(h.child, h.env.new_email("target"), [h.env.role_id("ReadOnly")])
    r = h.call(
        "PATCH",
        f"{SUB_USERS}/{target}/roles",
        h.env.token(writer),
        json={"subTenantsRoles": [{"tenantId": h.child, "roleIds": [h.env.role_id("Admin")]}]},
    )
    assert r.status_code == 403, r.text


def test_remove_a_user_from_accounts_of_the_hierarchy(h: Hierarchy) -> None:
    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    email = h.env.new_email("leaver")
    user_id = h.env.member(h.child, email, [h.env.role_id("ReadOnly")])
    r = h.call("POST", SUB_USERS, token, json={"user": {"email": email}, "subTenants": [{"tenantId": h.grandchild}]})
    assert r.status_code == 201, r.text
    member_token = h.env.token(email)
    # Not the stranger's account, and not an account the user is not in.
    r = h.call("DELETE", SUB_USERS, token, json={"userId": h.stranger_id, "subTenants": [{"tenantId": h.other}]})
    assert r.status_code == 403, r.text
    r = h.call("DELETE", SUB_USERS, token, json={"userId": user_id, "subTenants": [{"tenantId": h.root}]})
    assert r.status_code == 404, r.text
    r = h.call("DELETE", SUB_USERS, token, json={"userId": user_id, "subTenants": [{"tenantId": h.child}]})
    assert r.status_code == 200, r.text
    (seen,) = _listing(h, token, _filter="leaver")["items"]
    assert seen["tenantIds"] == [h.grandchild]
    assert h.env.call("GET", "/users/v2/me", member_token).status_code == 401  # its session in the child ended
    # Out of its last account, the user is gone.
    r = h.call("DELETE", SUB_USERS, token, json={"userId": user_id, "subTenants": [{"tenantId": h.grandchild}]})
    assert r.status_code == 200, r.text
    assert h.env.call("GET", f"/users/v1/{user_id}", h.env.env_token()).status_code == 404


def test_add_several_users_to_one_sub_account_v2(h: Hierarchy) -> None:
    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    first, second = h.env.new_email("msp-a"), h.env.new_email("msp-b")
    read_only = h.env.role_id("ReadOnly")
    # The trailing slash rest-api's addUsersToSubTenant sends.
    body = {
        "users": [{"email": first, "name": "A"}, {"email": second}],
        "tenantId": h.child,
        "roleIds": [read_only],
        "allowSubAccountAccess": True,
    }
    r = h.env.http.post(
        "/identity/resources/sub-tenants/users/v2/", headers={"authorization": f"Bearer {token}"}, json=body
    )
    assert r.status_code == 201, r.text
    listing = _listing(h, token, _filter="msp-")
    assert {u["email"] for u in listing["items"]} == {first, second}
    for user in listing["items"]:
        assert user["tenantIds"] == [h.child] and user["subAccountAccessAllowed"] is True
        assert [r["id"] for r in user["tenants"][0]["roles"]] == [read_only]
    r = h.call(
        "POST",
        "/sub-tenants/users/v2",
        token,
        json={**body, "users": [{"email": h.env.new_email("c")}, {"email": first}]},
    )
    assert r.status_code == 409, r.text
    r = h.call("POST", "/sub-tenants/users/v2", token, json={**body, "tenantId": h.other})
    assert r.status_code == 403, r.text
    # Another admin of the parent, without sub-account access, cannot add to the child.
    plain = h.env.new_email("plain")
    h.env.member(h.root, plain, [h.env.role_id("Admin")])
    r = h.call(
        "POST", "/sub-tenants/users/v2", h.env.token(plain), json={**body, "users": [{"email": h.env.new_email("d")}]}
    )
    assert r.status_code == 403, r.text


def test_an_environment_token_acts_from_the_account_it_names(h: Hierarchy) -> None:
    env_token = h.env.env_token()
    r = h.call("GET", SUB_USERS, env_token)
    assert r.status_code == 403, r.text  # no account named
    member = h.env.new_email("grand-member")
    h.env.member(h.grandchild, member, [h.env.role_id("ReadOnly")])
    r = h.call("GET", SUB_USERS, env_token, headers={"frontegg-tenant-id": h.root})
    assert r.status_code == 200, r.text
    check("listSubTenantsUsers", 200, r.json())
    assert {u["email"] for u in r.json()["items"]} == {h.admin, member}
    r = h.call("GET", SUB_USERS, env_token, headers={"frontegg-tenant-id": h.child})
    assert {u["email"] for u in r.json()["items"]} == {member}


def test_users_count_per_account(h: Hierarchy) -> None:
    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    hidden = h.env.new_email("hidden")
    hidden_id = h.env.member(h.child, hidden, [h.env.role_id("ReadOnly")])
    h.env.member(h.child, h.env.new_email("visible"), [h.env.role_id("ReadOnly")])
    r = h.call("PUT", f"/users/v1/{hidden_id}/invisible", h.env.env_token(), json={"invisible": True})
    assert r.status_code < 300, r.text
    # What MSP setRootAccountData and the sub-account listing send.
    r = h.call("POST", COUNT, token, json={"tenantIds": [h.root, h.child, h.grandchild], "excludeInvisibleUsers": True})
    assert r.status_code == 201, r.text
    counts = r.json()
    check("getTenantsUsersCount", 201, counts)
    assert counts == [
        {"tenantId": h.root, "totalUsers": 1, "totalAccessAllowedUsers": 1},
        {"tenantId": h.child, "totalUsers": 1, "totalAccessAllowedUsers": 0},
        {"tenantId": h.grandchild, "totalUsers": 0, "totalAccessAllowedUsers": 0},
    ]
    r = h.call("POST", COUNT, token, json={"tenantIds": [h.child]})
    assert r.json()[0]["totalUsers"] == 2  # invisible users count unless excluded
    # Outside the hierarchy, unknown, or a caller without the read permission: refused.
    assert h.call("POST", COUNT, token, json={"tenantIds": [h.other]}).status_code == 403
    assert h.call("POST", COUNT, token, json={"tenantIds": ["no-such-account"]}).status_code == 404
    nobody = h.env.new_email("nobody")
    h.env.member(h.root, nobody, [h.env.custom_role(["fe.secure.read.roles"])])
    assert h.call("POST", COUNT, h.env.token(nobody), json={"tenantIds": [h.root]}).status_code == 403
    # A reader of users (POST, but a read) may count its own account.
    reader = h.env.new_email("reader")
    h.env.member(h.root, reader, [h.env.custom_role(["fe.secure.read.users"])])
    r = h.call("POST", COUNT, h.env.token(reader), json={"tenantIds": [h.root]})
    assert r.status_code == 201 and r.json()[0]["totalUsers"] == 3, r.text
    # An environment token counts in any account.
    r = h.call("POST", COUNT, h.env.env_token(), json={"tenantIds": [h.other, h.child]})
    assert [c["totalUsers"] for c in r.json()] == [1, 2]


def test_an_account_listed_twice_is_one_account_with_both_entries_roles(h: Hierarchy) -> None:
    """The schema cannot forbid two entries naming one account (the contract suite's schema-valid bodies
    did, and got a 400): the entries are merged, their roles joined."""
    h.allow_sub_accounts(h.admin_id)
    token = h.admin_token()
    read_only, admin_role = h.env.role_id("ReadOnly"), h.env.role_id("Admin")
    email = h.env.new_email("twice")
    body = {
        "user": {"email": email},
        "subTenants": [{"tenantId": h.child, "roleIds": [read_only]}, {"tenantId": h.child, "roleIds": [admin_role]}],
    }
    r = h.call("POST", SUB_USERS, token, json=body)
    assert r.status_code == 201, r.text
    assert len(h.env.outbox(email, "activation")) == 1
    (seen,) = _listing(h, token, _filter="twice-")["items"]
    assert seen["tenantIds"] == [h.child]
    assert sorted(r["id"] for r in seen["tenants"][0]["roles"]) == sorted([read_only, admin_role])
    path = f"{SUB_USERS}/{seen['id']}/roles"
    twice = {"subTenantsRoles": [{"tenantId": h.child, "roleIds": [read_only]}, {"tenantId": h.child, "roleIds": []}]}
    r = h.call("PATCH", path, token, json=twice)
    assert r.status_code == 200, r.text
    (seen,) = _listing(h, token, _filter="twice-")["items"]
    assert [r["id"] for r in seen["tenants"][0]["roles"]] == [read_only]
