"""Replays of what public clients of the real Identity API send and decode, one scenario per behaviour.

Clients read (facts only): frontegg/terraform-provider-frontegg provider/resource_frontegg_role.go,
resource_frontegg_permission.go, resource_frontegg_permission_category.go; MaterializeInc/rust-frontegg
src/client/users.rs and roles.rs; @frontegg/rest-api 7.119.0 auth/interfaces.d.ts and auth/index.js;
Mona Labs' Python client and the Materialize CLI for the v1 API-token login.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from response_schema import check
from security_support import Isolated

from frontegg_emulator import EmulatorServer

ID = "/identity/resources"
PASSWORD = "Str0ng!Passw0rd#1"


@pytest.fixture(scope="module")
def site(emu: EmulatorServer) -> Iterator[Isolated]:
    yield Isolated(emu, throttling=False)


@pytest.fixture(scope="module")
def http(emu: EmulatorServer, site: Isolated) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.url + ID, timeout=10, headers={"Authorization": f"Bearer {site.env_token()}"}) as c:
        yield c


def _ok(r: httpx.Response, operation_id: str | None, status: int = 200) -> Any:
    assert r.status_code == status, (operation_id, r.status_code, r.text)
    body = r.json() if r.content else None
    if operation_id is not None:
        check(operation_id, status, body)
    return body


# ------------------------------------------------------------------ terraform-provider-frontegg
def test_terraform_role_round_trips_its_description(http: httpx.Client) -> None:
    # fronteggRole: name, key, description, level, isDefault, firstUserRole; created on roles/v1, its
    # permissions set with PUT .../permissions, read back from the GET roles/v1 list by id.
    key = f"tf-{uuid.uuid4().hex[:8]}"
    body = {"name": "Auditor", "key": key, "description": "Reads audit logs", "level": 2, "isDefault": False}
    [created] = _ok(http.post("/roles/v1", json=[{**body, "firstUserRole": False}]), "addRoles", 201)
    assert created["description"] == "Reads audit logs"
    put = _ok(http.put(f"/roles/v1/{created['id']}/permissions", json={"permissionIds": []}), "setPermissionsToRole")
    assert put["description"] == "Reads audit logs"
    listed = {r["id"]: r for r in _ok(http.get("/roles/v1"), "listRoles")}
    assert listed[created["id"]]["description"] == "Reads audit logs"
    # Update sends the whole serialized role again with PATCH.
    _ok(http.patch(f"/roles/v1/{created['id']}", json={**body, "description": "Reads everything"}), "updateRole")
    listed = {r["id"]: r for r in _ok(http.get("/roles/v1"), "listRoles")}
    assert listed[created["id"]]["description"] == "Reads everything"


def test_terraform_permission_and_category_round_trip_their_descriptions(http: httpx.Client) -> None:
    category = _ok(
        http.post("/permissions/v1/categories", json={"name": "Billing", "description": "Money things"}),
        "createPermissionCategory",
        201,
    )
    assert category["description"] == "Money things"
    key = f"billing.read.{uuid.uuid4().hex[:6]}"
    sent = {"name": "Read billing", "key": key, "categoryId": category["id"], "description": "See invoices"}
    [perm] = _ok(http.post("/permissions/v1", json=[sent]), "addPermissions", 201)
    assert perm["description"] == "See invoices"
    _ok(http.patch(f"/permissions/v1/{perm['id']}", json={**sent, "description": "See every invoice"}), None)
    listed = {p["id"]: p for p in _ok(http.get("/permissions/v1"), "listPermissions")}
    assert listed[perm["id"]]["description"] == "See every invoice"
    _ok(
        http.patch(f"/permissions/v1/categories/{category['id']}", json={"name": "Billing", "description": "Cash"}),
        None,
    )
    categories = {c["id"]: c for c in _ok(http.get("/permissions/v1/categories"), "listPermissionCategories")}
    assert categories[category["id"]]["description"] == "Cash"


# ------------------------------------------------------------------ rust-frontegg users
def test_rust_creates_users_with_json_metadata_and_decodes_role_objects(site: Isolated, http: httpx.Client) -> None:
    _, tenant = site.sign_up(site.new_email("rust-admin"))
    headers = {"frontegg-tenant-id": tenant}
    # UserRequest: name, email, metadata (a serde_json::Value: an object, or null), skipInviteEmail.
    for metadata, stored in [({"plan": "pro"}, {"plan": "pro"}), (None, {})]:
        sent = {"name": "Rusty", "email": site.new_email("rust"), "metadata": metadata, "skipInviteEmail": True}
        created = _ok(http.post("/users/v1", headers=headers, json=sent), "createUser", 201)
        # CreatedUser: metadata through nested_json (a string holding JSON), roles as Vec<Role> and
        # permissions as Vec<Permission> (objects with id, key, name, level, permissions / categoryId).
        assert json.loads(created["metadata"]) == stored
        assert created["roles"] and all({"id", "key", "name", "level", "isDefault"} <= set(r) for r in created["roles"])
        assert all({"id", "key", "name", "categoryId"} <= set(p) for p in created["permissions"])
        assert all(isinstance(r["permissions"], list) for r in created["roles"])


def test_rust_pages_the_legacy_user_listing_by_page_index(site: Isolated, http: httpx.Client) -> None:
    _, tenant = site.sign_up(site.new_email("pager"))
    headers = {"frontegg-tenant-id": tenant}
    for _ in range(2):
        _ok(http.post("/users/v1", headers=headers, json={"email": site.new_email("paged"), "name": "P"}), None, 201)
    # list_users: GET users/v1 with _limit and _offset = 0, 1, ... until _metadata.totalPages.
    seen: list[str] = []
    page = 0
    while True:
        body = _ok(http.get("/users/v1", headers=headers, params={"_limit": 2, "_offset": page}), None)
        for user in body["items"]:
            assert isinstance(user["name"], str) and json.loads(user["metadata"]) is not None
            assert all({"tenantId", "roles"} <= set(t) for t in user["tenants"])
            seen.append(user["id"])
        page += 1
        if page >= body["_metadata"]["totalPages"]:
            break
    assert len(seen) == len(set(seen)) == 3


# ------------------------------------------------------------------ @frontegg/rest-api 7.119.0
def test_rest_api_signs_up_without_a_provider(site: Isolated, emu: EmulatorServer) -> None:
    email = site.new_email("no-provider")
    # ISignUpUser has no provider field; signUpUser posts the body as given.
    r = site.call("POST", "/users/v1/signUp", json={"email": email, "password": PASSWORD, "companyName": "Acme"})
    body = _ok(r, "signUp", 201)
    token = body.get("activationToken") or site.last_code(email, "activation")
    r = site.call("POST", "/users/v1/activate", json={"userId": body["userId"], "token": token})
    assert r.status_code in (200, 201), r.text
    login = site.call("POST", "/auth/v1/user", json={"email": email, "password": PASSWORD})
    assert login.status_code == 200, login.text  # a local (password) user


def test_rest_api_forgot_password_sends_only_an_email(site: Isolated) -> None:
    email = site.new_email("forgetful")
    site.sign_up(email)
    # IForgotPassword is {email}; forgotPassword posts it to users/v1/passwords/reset.
    _ok(site.call("POST", "/users/v1/passwords/reset", json={"email": email}), "resetPassword", 201)
    assert site.outbox(email, "password-reset")
    # An unknown address answers the same and sends nothing; a body naming no one is a 400.
    unknown = site.new_email("nobody")
    _ok(site.call("POST", "/users/v1/passwords/reset", json={"email": unknown}), "resetPassword", 201)
    assert not site.outbox(unknown, "password-reset")
    r = site.call("POST", "/users/v1/passwords/reset", json={})
    assert r.status_code == 400 and "email" in r.json()["errors"][0]
    r = site.call("POST", "/users/v1/passwords/reset", json={"identifier": email})
    assert r.status_code == 400 and "identifierType" in r.json()["errors"][0]


def test_roles_v2_lists_without_a_sort_key(http: httpx.Client) -> None:
    body = _ok(http.get("/roles/v2"), "listRolesV2")
    assert {"Admin", "ReadOnly"} <= {r["key"] for r in body["items"]}


# ------------------------------------------------------------------ the v1 API-token login
def test_v1_api_token_login_answers_camel_case_with_an_http_date(site: Isolated, http: httpx.Client) -> None:
    _, tenant = site.sign_up(site.new_email("machine"))
    token = _ok(
        http.post("/tenants/api-tokens/v1", headers={"frontegg-tenant-id": tenant}, json={"description": "m"}),
        None,
        201,
    )
    # Mona Labs: POST {clientId, secret}; reads accessToken, refreshToken, and expires parsed with
    # "%a, %d %b %Y %H:%M:%S GMT"; refreshes with POST .../token/refresh {refreshToken}.
    r = site.call("POST", "/auth/v1/api-token", json={"clientId": token["clientId"], "secret": token["secret"]})
    first = _ok(r, None)
    assert set(first) == {"accessToken", "refreshToken", "expiresIn", "expires"}
    datetime.strptime(first["expires"], "%a, %d %b %Y %H:%M:%S GMT")
    assert site.call("GET", "/users/v3/me", first["accessToken"]).status_code != 401
    renewed = _ok(
        site.call("POST", "/auth/v1/api-token/token/refresh", json={"refreshToken": first["refreshToken"]}), None
    )
    assert renewed["refreshToken"] != first["refreshToken"] and renewed["accessToken"]
    wrong = site.call("POST", "/auth/v1/api-token", json={"clientId": token["clientId"], "secret": "not-it"})
    assert wrong.status_code == 401 and wrong.json()["errors"]
    # v2 keeps its own (snake_case) answer.
    v2 = _ok(
        site.call("POST", "/auth/v2/api-token", json={"clientId": token["clientId"], "secret": token["secret"]}),
        "authenticateApiToken",
    )
    assert "access_token" in v2


# ------------------------------------------------------------------ our generated client gets every body
def test_the_generated_client_parses_bodies_the_spec_used_to_leave_undeclared(
    emu: EmulatorServer, site: Isolated
) -> None:
    from frontegg_identity import AuthenticatedClient
    from frontegg_identity.api.account_roles import get_distinct_levels, get_distinct_tenants
    from frontegg_identity.api.custom_social_o_auth_provider import get_sso_providers
    from frontegg_identity.api.password_settings import upsert_password_rotation_configuration
    from frontegg_identity.api.sessions_configuration import get_vendor_session_configuration
    from frontegg_identity.api.sessions_management import get_session_configuration
    from frontegg_identity.api.user_groups import create_or_update_groups_configuration
    from frontegg_identity.models import (
        CreateOrUpdateGroupConfiguration,
        CreateOrUpdatePasswordRotation,
        CreateSessionConfigurationRequest,
        CustomSsoProviders,
        GetGroupConfigurationResponse,
        PasswordRotationConfigurationResponse,
    )

    client = AuthenticatedClient(base_url=emu.url + "/identity", token=site.env_token())
    # Before, each of these returned None although the emulator (and Frontegg) sent a body.
    levels = get_distinct_levels.sync(client=client)
    assert isinstance(levels, list) and 0 in levels
    assert isinstance(get_distinct_tenants.sync(client=client), list)
    assert isinstance(get_sso_providers.sync(client=client), CustomSsoProviders)
    assert isinstance(get_session_configuration.sync(client=client), CreateSessionConfigurationRequest)
    assert isinstance(get_vendor_session_configuration.sync(client=client), CreateSessionConfigurationRequest)
    rotation = upsert_password_rotation_configuration.sync(
        client=client, body=CreateOrUpdatePasswordRotation(is_active=True, rotation_period=90, notification_period=7)
    )
    assert isinstance(rotation, PasswordRotationConfigurationResponse) and rotation.rotation_period == 90
    groups = create_or_update_groups_configuration.sync(
        client=client, body=CreateOrUpdateGroupConfiguration(enabled=True, roles_enabled=False)
    )
    assert isinstance(groups, GetGroupConfigurationResponse) and groups.roles_enabled is False
