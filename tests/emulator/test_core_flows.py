"""End-to-end flows through the GENERATED client (frontegg_identity.api.<tag>.<operation>).

The session flow of a browser (sign-up, activation, login, profile, refresh through the cookie,
logout) and user management with an environment token (create, read, update, roles, lock, verify,
remove, paging).
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from emulator_api import PASSWORD, Api, body_of

from frontegg_emulator import EmulatorServer
from frontegg_identity.api.general import login_with_password, logout, refresh_user_token, sign_up
from frontegg_identity.api.roles import list_roles
from frontegg_identity.api.user_management import (
    activate_user,
    add_roles_to_user,
    create_user,
    delete_roles_from_user,
    get_user_profile,
    get_users,
    remove_user_from_tenant,
)
from frontegg_identity.api.users import get_user_by_id, lock_user, unlock_user, update_user_for_vendor, verify_user
from frontegg_identity.client import Client
from frontegg_identity.models.activate_user import ActivateUser
from frontegg_identity.models.assign_user_to_roles import AssignUserToRoles
from frontegg_identity.models.authenticate_user_password import AuthenticateUserPassword
from frontegg_identity.models.authentication_response import AuthenticationResponse
from frontegg_identity.models.create_user import CreateUser
from frontegg_identity.models.refresh_token import RefreshToken
from frontegg_identity.models.sign_up_response import SignUpResponse
from frontegg_identity.models.sign_up_user_email import SignUpUserEmail
from frontegg_identity.models.unassign_user_from_roles import UnassignUserFromRoles
from frontegg_identity.models.update_vendor_user import UpdateVendorUser
from frontegg_identity.models.user import User
from frontegg_identity.models.user_created_response import UserCreatedResponse
from frontegg_identity.models.user_v3_page import UserV3Page
from frontegg_identity.types import UNSET


def cookie_name(emu: EmulatorServer) -> str:
    return "fe_refresh_" + emu.credentials.client_id.replace("-", "")


@pytest.fixture(scope="module")
def env_client(api: Api) -> Client:
    return api.client(api.env_token())


@pytest.fixture(scope="module")
def tenant(emu: EmulatorServer, api: Api) -> str:
    """A fresh account made with the Tenants API, for the user-management flows."""
    r = httpx.post(
        emu.url + "/tenants/resources/tenants/v1",
        json={"name": "Flows Inc"},
        headers={"Authorization": f"Bearer {api.env_token()}"},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


@pytest.fixture(scope="module")
def role_ids(env_client: Client) -> dict[str, str]:
    r = list_roles.sync_detailed(client=env_client)
    assert r.status_code == 200, r.content
    assert isinstance(r.parsed, list)
    return {role.key: role.id for role in r.parsed}


# --------------------------------------------------------------------------------- session flow
def test_sign_up_activate_login_me_refresh_logout(emu: EmulatorServer, api: Api) -> None:
    browser = api.client()
    email = api.new_email("flow")
    signed = sign_up.sync_detailed(
        client=browser,
        body=SignUpUserEmail(provider="local", email=email, company_name="Flow Co", password=PASSWORD),
    )
    assert signed.status_code == 201, signed.content
    assert isinstance(signed.parsed, SignUpResponse)
    assert signed.parsed.should_activate is True
    user_id = signed.parsed.user_id
    assert isinstance(user_id, str)
    # Not activated yet: no login.
    early = login_with_password.sync_detailed(
        client=api.client(), body=AuthenticateUserPassword(email=email, password=PASSWORD)
    )
    assert early.status_code == 401

    # The activation email carries the token (the sign-up answer does too).
    token = api.last_message(email, "activation")["token"]
    activated = activate_user.sync_detailed(client=browser, body=ActivateUser(user_id=user_id, token=token))
    assert activated.status_code in (200, 201), activated.content
    # An activation token works once.
    again = activate_user.sync_detailed(client=api.client(), body=ActivateUser(user_id=user_id, token=token))
    assert again.status_code == 401

    wrong = login_with_password.sync_detailed(
        client=api.client(), body=AuthenticateUserPassword(email=email, password=PASSWORD + "x")
    )
    assert wrong.status_code == 401
    logged = login_with_password.sync_detailed(
        client=browser, body=AuthenticateUserPassword(email=email, password=PASSWORD)
    )
    assert logged.status_code == 200, logged.content
    assert isinstance(logged.parsed, AuthenticationResponse)
    access = logged.parsed.access_token
    assert isinstance(access, str) and access
    name = cookie_name(emu)
    assert logged.headers.get("set-cookie", "").startswith(name + "=")
    first_refresh = browser.get_httpx_client().cookies.get(name)
    assert first_refresh and first_refresh == logged.parsed.refresh_token

    me = get_user_profile.sync_detailed(client=api.client(access))
    assert me.status_code == 200, me.content
    assert isinstance(me.parsed, User)
    assert (me.parsed.id, me.parsed.email, me.parsed.verified) == (user_id, email, True)

    # Refresh: the cookie travels by itself; the refresh token rotates.
    refreshed = refresh_user_token.sync_detailed(client=browser, body=RefreshToken())
    assert refreshed.status_code == 201, refreshed.content
    assert isinstance(refreshed.parsed, AuthenticationResponse)
    new_access = refreshed.parsed.access_token
    assert isinstance(new_access, str) and new_access
    second_refresh = browser.get_httpx_client().cookies.get(name)
    assert second_refresh and second_refresh != first_refresh
    # The rotated-out refresh token no longer works.
    stale = api.client().with_cookies({name: first_refresh})
    assert refresh_user_token.sync_detailed(client=stale, body=RefreshToken()).status_code == 401
    # No cookie at all: 401.
    assert refresh_user_token.sync_detailed(client=api.client(), body=RefreshToken()).status_code == 401

    # Logout (the browser sends its cookie and its token) ends the session.
    browser.with_headers({"Authorization": f"Bearer {new_access}"})  # (updates this client's own httpx client)
    bye = logout.sync_detailed(client=browser)
    assert bye.status_code == 201, bye.content
    assert not browser.get_httpx_client().cookies.get(name)  # the cookie was cleared
    old_cookie = api.client().with_cookies({name: second_refresh})
    assert refresh_user_token.sync_detailed(client=old_cookie, body=RefreshToken()).status_code == 401
    for token_ in (access, new_access):
        r = get_user_profile.sync_detailed(client=api.client(token_))
        assert r.status_code == 401, r.content
    # Logging in again works.
    assert api.login(email).status_code == 200


def test_logout_with_the_cookie_alone_also_ends_the_access_token(emu: EmulatorServer, api: Api) -> None:
    email = api.new_email("cookie-only")
    api.sign_up(email)
    browser = api.client()
    logged = api.login(email, client=browser)
    access = body_of(logged)["accessToken"]
    assert get_user_profile.sync_detailed(client=api.client(access)).status_code == 200
    assert logout.sync_detailed(client=browser).status_code == 201
    assert get_user_profile.sync_detailed(client=api.client(access)).status_code == 401


# ------------------------------------------------------------------------------ user management
def _create(env_client: Client, tenant: str, **fields: Any) -> UserCreatedResponse:
    body = CreateUser(email=fields.pop("email", f"crud-{uuid.uuid4().hex[:8]}@example.com"), **fields)
    r = create_user.sync_detailed(client=env_client, body=body, frontegg_tenant_id=tenant)
    assert r.status_code == 201, r.content
    assert isinstance(r.parsed, UserCreatedResponse)
    return r.parsed


def _get(env_client: Client, user_id: str, tenant: str) -> User:
    r = get_user_by_id.sync_detailed(user_id, client=env_client, frontegg_tenant_id=tenant)
    assert r.status_code == 200, r.content
    assert isinstance(r.parsed, User)
    return r.parsed


def _role_keys(user: User, tenant: str) -> set[str]:
    [membership] = [t for t in user.tenants if t.tenant_id == tenant]
    return {role.key for role in membership.roles}


def test_user_crud_with_an_environment_token(
    api: Api, env_client: Client, tenant: str, role_ids: dict[str, str]
) -> None:
    email = api.new_email("crud")
    created = _create(env_client, tenant, email=email, name="Crud User", password=PASSWORD)
    assert created.email == email and created.name == "Crud User"
    user_id = created.id
    assert isinstance(user_id, str)

    user = _get(env_client, user_id, tenant)
    assert (user.email, user.tenant_id, user.tenant_ids) == (email, tenant, [tenant])
    assert _role_keys(user, tenant) == {"ReadOnly"}  # the default role

    updated = update_user_for_vendor.sync_detailed(
        user_id, client=env_client, body=UpdateVendorUser(name="Renamed", metadata='{"plan":"pro"}')
    )
    assert updated.status_code == 200, updated.content
    assert isinstance(updated.parsed, User) and updated.parsed.name == "Renamed"
    assert _get(env_client, user_id, tenant).metadata == '{"plan":"pro"}'

    added = add_roles_to_user.sync_detailed(
        user_id, client=env_client, body=AssignUserToRoles(role_ids=[role_ids["Admin"]]), frontegg_tenant_id=tenant
    )
    assert added.status_code == 201, added.content
    assert _role_keys(_get(env_client, user_id, tenant), tenant) == {"ReadOnly", "Admin"}
    removed = delete_roles_from_user.sync_detailed(
        user_id, client=env_client, body=UnassignUserFromRoles(role_ids=[role_ids["Admin"]]), frontegg_tenant_id=tenant
    )
    assert removed.status_code == 200, removed.content
    assert _role_keys(_get(env_client, user_id, tenant), tenant) == {"ReadOnly"}
    unknown_role = add_roles_to_user.sync_detailed(
        user_id, client=env_client, body=AssignUserToRoles(role_ids=[str(uuid.uuid4())]), frontegg_tenant_id=tenant
    )
    assert unknown_role.status_code == 404

    # Lock: login refused and the live session ends; unlock: login works again.
    token = api.access_token(email)
    assert lock_user.sync_detailed(user_id, client=env_client).status_code == 200
    assert _get(env_client, user_id, tenant).is_locked is True
    assert api.login(email).status_code == 401
    assert api.me(token).status_code == 401
    assert unlock_user.sync_detailed(user_id, client=env_client).status_code == 200
    assert api.login(email).status_code == 200

    # Removal: afterwards the user is gone (404) and cannot log in.
    gone = remove_user_from_tenant.sync_detailed(user_id, client=env_client, frontegg_tenant_id=tenant)
    assert gone.status_code == 200, gone.content
    r = get_user_by_id.sync_detailed(user_id, client=env_client, frontegg_tenant_id=tenant)
    assert r.status_code == 404
    assert api.login(email).status_code == 401
    again = remove_user_from_tenant.sync_detailed(user_id, client=env_client, frontegg_tenant_id=tenant)
    assert again.status_code == 404


def test_verify_user(env_client: Client, tenant: str) -> None:
    created = _create(env_client, tenant, skip_invite_email=True)
    assert isinstance(created.id, str)
    assert _get(env_client, created.id, tenant).verified is False
    assert verify_user.sync_detailed(created.id, client=env_client).status_code == 200
    assert _get(env_client, created.id, tenant).verified is True


def test_user_management_needs_an_environment_token(api: Api, tenant: str) -> None:
    anonymous = api.client()
    r = create_user.sync_detailed(client=anonymous, body=CreateUser(email=api.new_email()), frontegg_tenant_id=tenant)
    assert r.status_code == 401
    assert lock_user.sync_detailed(str(uuid.uuid4()), client=anonymous).status_code == 401
    bad = api.client("not-a-token")
    assert get_user_by_id.sync_detailed(str(uuid.uuid4()), client=bad, frontegg_tenant_id=tenant).status_code == 401


def test_get_users_paging(emu: EmulatorServer, api: Api, env_client: Client) -> None:
    r = httpx.post(
        emu.url + "/tenants/resources/tenants/v1",
        json={"name": "Paging Inc"},
        headers={"Authorization": f"Bearer {api.env_token()}"},
    )
    paging_tenant = r.json()["id"]
    stem = uuid.uuid4().hex[:6]
    emails = [f"page-{stem}-{c}@example.com" for c in "abcde"]
    for email in emails:
        _create(env_client, paging_tenant, email=email, skip_invite_email=True)

    def page(**query: Any) -> UserV3Page:
        r = get_users.sync_detailed(client=env_client, frontegg_tenant_id=paging_tenant, **query)
        assert r.status_code == 200, r.content
        assert isinstance(r.parsed, UserV3Page)
        return r.parsed

    everything = page()
    assert sorted(u.email for u in everything.items) == emails
    assert everything.field_metadata.total_items == 5
    assert everything.field_metadata.total_pages == 1

    second = page(field_limit=2, field_offset=1, field_sort_by="email", field_order="DESC")
    assert [u.email for u in second.items] == sorted(emails, reverse=True)[2:4]
    assert (second.field_metadata.total_items, second.field_metadata.total_pages) == (5, 3)
    links = second.field_links
    assert links is not UNSET
    assert "_offset=2" in str(links.next_) and "_offset=0" in str(links.prev)
    assert "_offset=0" in str(links.first) and "_offset=2" in str(links.last)
    assert all("_limit=2" in str(link) for link in (links.next_, links.prev, links.first, links.last))

    asc = page(field_limit=2, field_offset=0, field_sort_by="email", field_order="ASC")
    assert [u.email for u in asc.items] == emails[:2]
    assert not asc.field_links.prev  # type: ignore[union-attr]
    last = page(field_limit=2, field_offset=2, field_sort_by="email")
    assert [u.email for u in last.items] == emails[4:]
    assert not last.field_links.next_  # type: ignore[union-attr]
    beyond = page(field_limit=2, field_offset=9)
    assert beyond.items == [] and beyond.field_metadata.total_items == 5
    only = page(field_email=emails[3])
    assert [u.email for u in only.items] == [emails[3]]
    # Other accounts' users stay out of an account's list.
    assert all(paging_tenant in u.tenant_ids for u in page(field_limit=200).items)


def test_add_user_to_tenant_for_vendor(emu: EmulatorServer, api: Api, env_client: Client, tenant: str) -> None:
    created = _create(env_client, tenant, skip_invite_email=True)
    assert isinstance(created.id, str)
    auth = {"Authorization": f"Bearer {api.env_token()}"}
    join = f"{emu.url}/identity/resources/users/v1/{created.id}/tenant"
    # An account that does not exist yet is created on the way (unless validateTenantExist).
    new_tenant = f"joined-{uuid.uuid4().hex[:6]}"
    assert httpx.post(join, json={"tenantId": new_tenant, "validateTenantExist": True}, headers=auth).status_code == 404
    r = httpx.post(join, json={"tenantId": new_tenant}, headers=auth)
    assert r.status_code == 201, r.text
    assert set(_get(env_client, created.id, new_tenant).tenant_ids) == {tenant, new_tenant}
    assert httpx.post(join, json={"tenantId": new_tenant}, headers=auth).status_code == 409
    # An empty id is refused, not turned into a membership of an account that does not exist.
    for empty in ("", "  "):
        r = httpx.post(join, json={"tenantId": empty}, headers=auth)
        assert r.status_code == 400, r.text
    user = _get(env_client, created.id, tenant)
    assert set(user.tenant_ids) == {tenant, new_tenant} and user.tenant_id == tenant
