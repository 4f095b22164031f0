"""Roles, permissions, categories and account roles, driven over HTTP through the generated client."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import jwt
import pytest
from emulator_api import PASSWORD, Api, body_of
from response_schema import check

from frontegg_identity.api.account_roles import add_role, get_distinct_levels, get_distinct_tenants, list_roles_v2
from frontegg_identity.api.permissions import (
    add_permissions,
    delete_permission,
    list_permissions,
    set_roles_to_permission,
    update_permission,
    update_permissions_assignment_type,
)
from frontegg_identity.api.permissions_categories import (
    create_permission_category,
    delete_category,
    list_permission_categories,
    update_category,
)
from frontegg_identity.api.roles import (
    add_roles,
    delete_role,
    list_roles,
    set_permissions_to_role,
    update_role,
    update_role_tenant,
)
from frontegg_identity.api.user_management import create_user
from frontegg_identity.models.add_permission_request import AddPermissionRequest
from frontegg_identity.models.add_permission_to_role_request import AddPermissionToRoleRequest
from frontegg_identity.models.add_role_request import AddRoleRequest
from frontegg_identity.models.add_role_with_permissions_request import AddRoleWithPermissionsRequest
from frontegg_identity.models.add_roles_to_permission_request import AddRolesToPermissionRequest
from frontegg_identity.models.classify_permissions import ClassifyPermissions
from frontegg_identity.models.create_category import CreateCategory
from frontegg_identity.models.create_user import CreateUser
from frontegg_identity.models.update_category import UpdateCategory
from frontegg_identity.models.update_permission_request import UpdatePermissionRequest
from frontegg_identity.models.update_role_request import UpdateRoleRequest
from frontegg_identity.models.update_role_tenant_request import UpdateRoleTenantRequest


def _key(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _claims(token: str) -> dict[str, Any]:
    return dict(jwt.decode(token, options={"verify_signature": False}))


@pytest.fixture(scope="module")
def env_client(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(scope="module")
def admin(api: Api) -> dict[str, str]:
    """A signed-up user: the Admin of a new account."""
    email = api.new_email("admin")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    return {"email": email, "id": user_id, "tenant": _claims(token)["tenantId"], "token": token}


def _member(api: Api, env_client: Any, tenant_id: str) -> dict[str, str]:
    """A user created in an account with a password: it holds the default (read-only) role."""
    email = api.new_email("member")
    r = create_user.sync_detailed(
        client=env_client,
        body=CreateUser.from_dict({"email": email, "password": PASSWORD}),
        frontegg_tenant_id=tenant_id,
    )
    assert r.status_code == 201, r.content
    return {"email": email, "id": body_of(r)["id"], "token": api.access_token(email)}


def _add_permission(env_client: Any, key: str, category_id: str | None = None) -> dict[str, Any]:
    item = {"key": key, "name": key.title()}
    if category_id:
        item["categoryId"] = category_id
    r = add_permissions.sync_detailed(client=env_client, body=[AddPermissionRequest.from_dict(item)])
    assert r.status_code == 201, r.content
    check("addPermissions", 201, body_of(r))
    return dict(body_of(r)[0])


def _add_role(env_client: Any, key: str, level: int = 5, **extra: Any) -> dict[str, Any]:
    body = [AddRoleRequest.from_dict({"key": key, "name": key.title(), "level": level, **extra})]
    r = add_roles.sync_detailed(client=env_client, body=body)
    assert r.status_code == 201, r.content
    check("addRoles", 201, body_of(r))
    return dict(body_of(r)[0])


# ------------------------------------------------------------------ roles
def test_role_crud_and_duplicate_key(env_client: Any) -> None:
    key = _key("editor")
    role = _add_role(env_client, key, level=3)
    assert role["key"] == key and role["level"] == 3 and role["permissions"] == []
    assert role["tenantId"] is None  # a role of the whole environment

    listed = body_of(list_roles.sync_detailed(client=env_client))
    check("listRoles", 200, listed)
    assert key in {r["key"] for r in listed}

    dup = add_roles.sync_detailed(
        client=env_client, body=[AddRoleRequest.from_dict({"key": key, "name": "again", "level": 1})]
    )
    assert dup.status_code == 409
    assert body_of(dup)["errors"]

    r = update_role.sync_detailed(
        role["id"], client=env_client, body=UpdateRoleRequest.from_dict({"name": "Chief editor", "level": 2})
    )
    assert r.status_code == 200, r.content
    check("updateRole", 200, body_of(r))
    assert body_of(r)["name"] == "Chief editor" and body_of(r)["level"] == 2

    other = _add_role(env_client, _key("other"))
    clash = update_role.sync_detailed(other["id"], client=env_client, body=UpdateRoleRequest.from_dict({"key": key}))
    assert clash.status_code == 409

    assert delete_role.sync_detailed(role["id"], client=env_client).status_code == 204
    assert delete_role.sync_detailed(role["id"], client=env_client).status_code == 404
    gone = update_role.sync_detailed(role["id"], client=env_client, body=UpdateRoleRequest.from_dict({"name": "x"}))
    assert gone.status_code == 404
    delete_role.sync_detailed(other["id"], client=env_client)


def test_invalid_role_body_is_400(env_client: Any, api: Api) -> None:
    headers = {"Authorization": env_client._headers["Authorization"]}
    r = api.http.post("/identity/resources/roles/v1", json=[{"key": "no-name", "level": 1}], headers=headers)
    assert r.status_code == 400
    assert r.json()["errors"] and "errorCode" in r.json()
    r = api.http.post("/identity/resources/roles/v1", json=[{"key": "k", "name": "n", "level": -1}], headers=headers)
    assert r.status_code == 400


def test_first_user_role_moves(env_client: Any) -> None:
    role = _add_role(env_client, _key("owner"), level=0, firstUserRole=True)
    assert role["firstUserRole"] is True
    roles = body_of(list_roles.sync_detailed(client=env_client))
    assert [r["key"] for r in roles if r["firstUserRole"]] == [role["key"]]
    # Give it back to the seeded Admin role so that sign-ups keep making admins.
    admin_role = next(r for r in roles if r["key"] == "Admin")
    r = update_role.sync_detailed(
        admin_role["id"], client=env_client, body=UpdateRoleRequest.from_dict({"firstUserRole": True})
    )
    assert body_of(r)["firstUserRole"] is True
    delete_role.sync_detailed(role["id"], client=env_client)


def test_role_tenant_can_move(env_client: Any, admin: dict[str, str]) -> None:
    role = _add_role(env_client, _key("local"))
    r = update_role_tenant.sync_detailed(
        role["id"], client=env_client, body=UpdateRoleTenantRequest.from_dict({"tenantId": admin["tenant"]})
    )
    assert r.status_code == 200, r.content
    assert body_of(r)["tenantId"] == admin["tenant"]
    listed = body_of(list_roles.sync_detailed(client=env_client, frontegg_tenant_id=admin["tenant"]))
    assert role["id"] in {x["id"] for x in listed}
    assert role["id"] not in {x["id"] for x in body_of(list_roles.sync_detailed(client=env_client))}
    missing = update_role_tenant.sync_detailed(
        role["id"], client=env_client, body=UpdateRoleTenantRequest.from_dict({"tenantId": str(uuid.uuid4())})
    )
    assert missing.status_code == 404
    assert get_distinct_tenants.sync_detailed(client=env_client).status_code == 200
    assert admin["tenant"] in body_of(get_distinct_tenants.sync_detailed(client=env_client))
    delete_role.sync_detailed(role["id"], client=env_client)


# ------------------------------------------------------------------ permissions and categories
def test_permission_and_category_crud(env_client: Any) -> None:
    r = create_permission_category.sync_detailed(client=env_client, body=CreateCategory.from_dict({"name": "Reports"}))
    assert r.status_code == 201, r.content
    category = body_of(r)
    check("createPermissionCategory", 201, category)
    assert category["feCategory"] is False

    perm = _add_permission(env_client, _key("reports.read"), category["id"])
    assert perm["categoryId"] == category["id"] and perm["fePermission"] is False

    dup = add_permissions.sync_detailed(
        client=env_client, body=[AddPermissionRequest.from_dict({"key": perm["key"], "name": "again"})]
    )
    assert dup.status_code == 409

    r = update_permission.sync_detailed(
        perm["id"], client=env_client, body=UpdatePermissionRequest.from_dict({"name": "Read reports"})
    )
    assert r.status_code == 200 and body_of(r)["name"] == "Read reports"
    check("updatePermission", 200, body_of(r))

    role = _add_role(env_client, _key("reader"))
    r = set_roles_to_permission.sync_detailed(
        perm["id"], client=env_client, body=AddRolesToPermissionRequest.from_dict({"roleIds": [role["id"]]})
    )
    assert r.status_code == 200 and body_of(r)["roleIds"] == [role["id"]]
    check("setRolesToPermission", 200, body_of(r))
    roles = {x["id"]: x for x in body_of(list_roles.sync_detailed(client=env_client))}
    assert perm["id"] in roles[role["id"]]["permissions"]

    r = update_permissions_assignment_type.sync_detailed(
        client=env_client, body=ClassifyPermissions.from_dict({"permissionIds": [perm["id"]], "type": "NEVER"})
    )
    assert r.status_code == 200, r.content
    check("updatePermissionsAssignmentType", 200, body_of(r))

    listed = body_of(list_permissions.sync_detailed(client=env_client))
    check("listPermissions", 200, listed)
    assert perm["id"] in {p["id"] for p in listed}
    assert all(p["fePermission"] for p in listed if p["key"].startswith("fe."))

    r = update_category.sync_detailed(category["id"], client=env_client, body=UpdateCategory.from_dict({"name": "BI"}))
    assert r.status_code == 200
    categories = body_of(list_permission_categories.sync_detailed(client=env_client))
    check("listPermissionCategories", 200, categories)
    assert {c["id"]: c["name"] for c in categories}[category["id"]] == "BI"
    assert any(c["feCategory"] for c in categories)

    assert delete_permission.sync_detailed(perm["id"], client=env_client).status_code == 204
    assert delete_permission.sync_detailed(perm["id"], client=env_client).status_code == 404
    roles = {x["id"]: x for x in body_of(list_roles.sync_detailed(client=env_client))}
    assert perm["id"] not in roles[role["id"]]["permissions"]
    assert delete_category.sync_detailed(category["id"], client=env_client).status_code == 200
    assert delete_category.sync_detailed(category["id"], client=env_client).status_code == 404
    delete_role.sync_detailed(role["id"], client=env_client)


def test_builtin_permissions_are_protected(env_client: Any) -> None:
    builtin = next(p for p in body_of(list_permissions.sync_detailed(client=env_client)) if p["key"].startswith("fe."))
    assert delete_permission.sync_detailed(builtin["id"], client=env_client).status_code == 403
    renamed = update_permission.sync_detailed(
        builtin["id"], client=env_client, body=UpdatePermissionRequest.from_dict({"key": "mine.now"})
    )
    assert renamed.status_code == 403
    fe_category = next(
        c for c in body_of(list_permission_categories.sync_detailed(client=env_client)) if c["feCategory"]
    )
    assert delete_category.sync_detailed(fe_category["id"], client=env_client).status_code == 403
    missing = set_permissions_to_role.sync_detailed(
        str(uuid.uuid4()), client=env_client, body=AddPermissionToRoleRequest.from_dict({"permissionIds": []})
    )
    assert missing.status_code == 404


# ------------------------------------------------------------------ assignment reaches the user's token
def test_assigned_role_reaches_the_next_login(api: Api, env_client: Any, admin: dict[str, str]) -> None:
    perm = _add_permission(env_client, _key("invoices.approve"))
    role = _add_role(env_client, _key("approver"))
    r = set_permissions_to_role.sync_detailed(
        role["id"], client=env_client, body=AddPermissionToRoleRequest.from_dict({"permissionIds": [perm["id"]]})
    )
    assert r.status_code == 200 and body_of(r)["permissions"] == [perm["id"]]
    check("setPermissionsToRole", 200, body_of(r))

    env_headers = {"Authorization": env_client._headers["Authorization"], "frontegg-tenant-id": admin["tenant"]}
    # addRolesToUser over plain HTTP: its answer lists role ids where the spec declares role objects.
    r = api.http.post(
        f"/identity/resources/users/v1/{admin['id']}/roles", json={"roleIds": [role["id"]]}, headers=env_headers
    )
    assert r.status_code == 201, r.content
    claims = _claims(api.access_token(admin["email"]))
    assert role["key"] in claims["roles"] and "Admin" in claims["roles"]
    assert perm["key"] in claims["permissions"]

    r = api.http.get("/identity/resources/users/v3/roles", params={"ids": admin["id"]}, headers=env_headers)
    assert r.status_code == 200
    assert role["id"] in r.json()[0]["roleIds"] and r.json()[0]["userId"] == admin["id"]

    # Deleting the role takes it (and its permissions) away from the user.
    assert delete_role.sync_detailed(role["id"], client=env_client).status_code == 204
    claims = _claims(api.access_token(admin["email"]))
    assert role["key"] not in claims["roles"] and perm["key"] not in claims["permissions"]
    r = api.http.get("/identity/resources/users/v3/roles", params={"ids": admin["id"]}, headers=env_headers)
    assert role["id"] not in r.json()[0]["roleIds"]
    delete_permission.sync_detailed(perm["id"], client=env_client)


def test_a_users_view_follows_changes_to_its_permissions(api: Api, env_client: Any, admin: dict[str, str]) -> None:
    """GET user by id lists the permissions of the user's roles; what depends on a permission alone is
    kept between requests (users._permission_fields), so every change to one must show at once."""
    perm = _add_permission(env_client, _key("ledger.read"))
    role = _add_role(env_client, _key("bookkeeper"))
    r = set_permissions_to_role.sync_detailed(
        role["id"], client=env_client, body=AddPermissionToRoleRequest.from_dict({"permissionIds": [perm["id"]]})
    )
    assert r.status_code == 200, r.content
    env_headers = {"Authorization": env_client._headers["Authorization"], "frontegg-tenant-id": admin["tenant"]}
    r = api.http.post(
        f"/identity/resources/users/v1/{admin['id']}/roles", json={"roleIds": [role["id"]]}, headers=env_headers
    )
    assert r.status_code == 201, r.content

    def listed() -> dict[str, Any]:
        r = api.http.get(f"/identity/resources/users/v1/{admin['id']}", headers=env_headers)
        assert r.status_code == 200, r.content
        return {p["id"]: p for p in r.json()["permissions"]}

    before = listed()[perm["id"]]
    assert before["name"] == perm["name"] and before["roleIds"] == [role["id"]]
    assert listed()[perm["id"]] == before  # asked again: the same view

    category = body_of(
        create_permission_category.sync_detailed(client=env_client, body=CreateCategory.from_dict({"name": "Ledger"}))
    )
    r = update_permission.sync_detailed(
        perm["id"],
        client=env_client,
        body=UpdatePermissionRequest.from_dict(
            {"name": "Read the ledger", "description": "Books", "categoryId": category["id"]}
        ),
    )
    assert r.status_code == 200, r.content
    other = _add_role(env_client, _key("auditor"))
    r = set_roles_to_permission.sync_detailed(
        perm["id"],
        client=env_client,
        body=AddRolesToPermissionRequest.from_dict({"roleIds": [role["id"], other["id"]]}),
    )
    assert r.status_code == 200, r.content
    after = listed()[perm["id"]]
    assert (after["name"], after["description"], after["categoryId"]) == ("Read the ledger", "Books", category["id"])
    assert after["updatedAt"] >= before["updatedAt"]
    assert set(after["roleIds"]) == {role["id"], other["id"]}

    assert delete_permission.sync_detailed(perm["id"], client=env_client).status_code == 204
    assert perm["id"] not in listed()
    for x in (role, other):
        delete_role.sync_detailed(x["id"], client=env_client)
    delete_category.sync_detailed(category["id"], client=env_client)


# ------------------------------------------------------------------ account roles (self-service)
def test_account_roles_with_a_user_token(api: Api, admin: dict[str, str]) -> None:
    user_client = api.client(admin["token"])
    roles = body_of(list_roles_v2.sync_detailed(client=user_client, field_sort_by="level"))
    check("listRolesV2", 200, roles)
    base = next(r for r in roles["items"] if r["key"] == "Admin")
    read_users = next(
        p
        for p in body_of(list_permissions.sync_detailed(client=api.client(api.env_token())))
        if p["key"] == "fe.secure.read.users"
    )
    key = _key("auditor")
    body = {"key": key, "name": "Auditor", "baseRoleId": base["id"], "permissionIds": [read_users["id"]]}
    r = add_role.sync_detailed(client=user_client, body=AddRoleWithPermissionsRequest.from_dict(body))
    assert r.status_code == 200, r.content
    created = body_of(r)
    check("addRole", 200, created)
    assert created["tenantId"] == admin["tenant"] and created["permissions"] == [read_users["id"]]

    dup = add_role.sync_detailed(client=user_client, body=AddRoleWithPermissionsRequest.from_dict(body))
    assert dup.status_code == 409

    page = body_of(
        list_roles_v2.sync_detailed(client=user_client, field_sort_by="name", field_tenant_ids=[admin["tenant"]])
    )
    assert [r["key"] for r in page["items"]] == [key]
    assert page["_metadata"] == {"totalItems": 1, "totalPages": 1}
    levels = get_distinct_levels.sync_detailed(client=user_client)
    assert levels.status_code == 200 and 0 in body_of(levels)
    assert body_of(get_distinct_tenants.sync_detailed(client=user_client)) == [admin["tenant"]]


def test_user_without_write_roles_is_forbidden(api: Api, env_client: Any, admin: dict[str, str]) -> None:
    member = _member(api, env_client, admin["tenant"])
    claims = _claims(member["token"])
    assert "fe.secure.write.roles" not in claims["permissions"]
    assert "fe.secure.read.roles" in claims["permissions"]
    member_client = api.client(member["token"])
    ok = list_roles_v2.sync_detailed(client=member_client, field_sort_by="key")
    assert ok.status_code == 200
    base = next(r for r in body_of(ok)["items"] if r["key"] == "ReadOnly")
    body = {"key": _key("sneaky"), "name": "Sneaky", "baseRoleId": base["id"], "permissionIds": []}
    r = add_role.sync_detailed(client=member_client, body=AddRoleWithPermissionsRequest.from_dict(body))
    assert r.status_code == 403
    assert "fe.secure.write.roles" in body_of(r)["errors"][0]


def test_environment_only_operations_refuse_user_tokens(api: Api, admin: dict[str, str]) -> None:
    body = [AddPermissionRequest.from_dict({"key": _key("perm"), "name": "Sneaky"})]
    r = add_permissions.sync_detailed(client=api.client(admin["token"]), body=body)
    assert r.status_code == 403
    assert body_of(r)["errorCode"]
    # Reads the admin portal makes with the admin's own token are allowed since issue 15
    # (@frontegg/redux-store 7.119.0 RolesState/actions.js loadRolesAndPermissions).
    assert list_roles.sync_detailed(client=api.client(admin["token"])).status_code == 200
    assert list_permissions.sync_detailed(client=api.client(admin["token"])).status_code == 200


def test_no_token_is_401(api: Api) -> None:
    assert list_roles.sync_detailed(client=api.client()).status_code == 401
    r = httpx.get(api.emu.url + "/identity/resources/roles/v2", params={"_sortBy": "key"})
    assert r.status_code == 401 and r.json()["errors"]
