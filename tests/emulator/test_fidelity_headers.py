"""Replays of the headers real clients send, and leave out, one scenario per client behaviour (issue 15).

Frontegg takes what a header would say from the token when the header is absent: a user token names
its own account (``frontegg-tenant-id``) and its own user (``frontegg-user-id``); an environment token
is the vendor's key, and names the user a user-scoped call acts for with ``frontegg-user-id``.

Clients read (facts only):
- ``@frontegg/rest-api`` 7.119.0 (the browser client of the login box and admin portal): its
  FetchClient.js ``buildRequestHeaders`` sends the bearer token and never ``frontegg-tenant-id`` or
  ``frontegg-user-id`` (only velo/index.js, a debug stub, names them);
- ``hinthealth/frontegg-ruby`` lib/frontegg/user.rb, mfa.rb and password.rb: an environment token
  (``/auth/vendor``) with ``frontegg-user-id`` on the ``me`` operations;
- ``frontegg/terraform-provider-frontegg`` provider/resource_frontegg_user.go: reads a user with
  ``GET users/v1/{id}`` and no tenant header;
- Frontegg's own SDKs, ``@frontegg/client`` 5.3.2 (user-access-token.service.js,
  tenant-access-token.service.js) and PyPI ``frontegg`` 3.0.4 (user_access_token_service.py,
  tenant_access_token_service.py): the vendor-only access-token lookups without a tenant header.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pyotp
import pytest
from response_schema import check
from security_support import PASSWORD, Isolated

from frontegg_emulator import EmulatorServer
from frontegg_identity.api.user_management import create_user_v2
from frontegg_identity.api.user_sessions import get_active_sessions
from frontegg_identity.client import Client
from frontegg_identity.models.create_user import CreateUser
from frontegg_identity.models.user_created_response import UserCreatedResponse


@pytest.fixture(scope="module")
def site(emu: EmulatorServer) -> Iterator[Isolated]:
    env = Isolated(emu, throttling=False)
    yield env
    env.close()


def _ok(r: httpx.Response, operation_id: str, status: int = 200) -> Any:
    assert r.status_code == status, (operation_id, r.status_code, r.text)
    body = r.json() if r.content else None
    if body is not None:
        check(operation_id, status, body)
    return body


def _admin(site: Isolated) -> tuple[str, str, str]:
    """A fresh account's admin: (user id, tenant id, user token)."""
    email = site.new_email("admin")
    user_id, tenant = site.sign_up(email)
    return user_id, tenant, site.token(email)


# ------------------------------------------------------------------ @frontegg/rest-api 7.119.0, user token only
def test_rest_api_manages_account_access_tokens_without_a_tenant_header(site: Isolated) -> None:
    # auth/index.js createTenantAccessToken, getTenantAccessTokensData, deleteTenantAccessToken.
    _, tenant, token = _admin(site)
    created = _ok(site.call("POST", "/tenants/access-tokens/v1", token, json={}), "createTenantAccessToken", 201)
    listed = _ok(site.call("GET", "/tenants/access-tokens/v1", token), "getTenantAccessTokens")
    assert [t["id"] for t in listed["accessTokens"]] == [created["id"]]
    _ok(site.call("DELETE", f"/tenants/access-tokens/v1/{created['id']}", token), "deleteTenantAccessToken")
    # The token acted in its own account: the environment sees the token there, and now sees it gone.
    env_view = site.call("GET", "/tenants/access-tokens/v1", site.env_token(), headers={"frontegg-tenant-id": tenant})
    assert env_view.json()["accessTokens"] == []


def test_rest_api_manages_account_api_tokens_without_a_tenant_header(site: Isolated) -> None:
    # auth/index.js updateTenantApiTokensData (POST api-tokens/v2), getTenantApiTokensData (GET v1),
    # deleteTenantApiToken (DELETE v1/{id}).
    _, tenant, token = _admin(site)
    created = _ok(
        site.call("POST", "/tenants/api-tokens/v2", token, json={"description": "ci"}), "createTenantApiTokenV2", 201
    )
    assert created["tenantId"] == tenant
    listed = _ok(site.call("GET", "/tenants/api-tokens/v1", token), "getTenantsApiTokens")
    assert [t["clientId"] for t in listed] == [created["clientId"]]
    _ok(site.call("DELETE", f"/tenants/api-tokens/v1/{created['clientId']}", token), "deleteTenantApiToken")
    assert _ok(site.call("GET", "/tenants/api-tokens/v1", token), "getTenantsApiTokens") == []


def test_rest_api_manages_personal_tokens_without_tenant_or_user_headers(site: Isolated) -> None:
    # auth/index.js createUserAccessToken / getUserAccessTokensData / deleteUserAccessToken and
    # updateUserApiTokensData (POST users/api-tokens/v1) / getUserApiTokensData / deleteUserApiToken.
    user_id, tenant, token = _admin(site)
    access = _ok(site.call("POST", "/users/access-tokens/v1", token, json={}), "createUserAccessToken", 201)
    listed = _ok(site.call("GET", "/users/access-tokens/v1", token), "getUserAccessTokens")
    assert [t["id"] for t in listed["accessTokens"]] == [access["id"]]
    _ok(site.call("DELETE", f"/users/access-tokens/v1/{access['id']}", token), "deleteUserAccessToken")
    api = _ok(site.call("POST", "/users/api-tokens/v1", token, json={"description": "cli"}), "createUserApiToken", 201)
    env_headers = {"frontegg-tenant-id": tenant, "frontegg-user-id": user_id}
    env_view = site.call("GET", "/users/api-tokens/v1", site.env_token(), headers=env_headers)
    assert [t["clientId"] for t in env_view.json()] == [api["clientId"]]  # the caller's own, in its account
    assert [t["clientId"] for t in _ok(site.call("GET", "/users/api-tokens/v1", token), "getApiTokens")] == [
        api["clientId"]
    ]
    _ok(site.call("DELETE", f"/users/api-tokens/v1/{api['clientId']}", token), "deleteApiToken")


def test_rest_api_adds_a_user_to_the_callers_account(site: Isolated) -> None:
    # teams/index.js addUser: POST users/v2 with {..., provider: 'local'} and no tenant header.
    _, tenant, token = _admin(site)
    email = site.new_email("teammate")
    body = {"email": email, "name": "Team Mate", "provider": "local"}
    created = _ok(site.call("POST", "/users/v2", token, json=body), "createUserV2", 201)
    member = site.call("GET", f"/users/v1/{created['id']}", site.env_token(), headers={"frontegg-tenant-id": tenant})
    assert member.status_code == 200, member.text
    assert tenant in member.json()["tenantIds"]


def test_rest_api_invite_link_of_the_signed_in_user(site: Isolated) -> None:
    # teams/index.js createInviteUserLink, getInviteUserLink, updateInviteUserLink, deleteInviteUserLink.
    _, _, token = _admin(site)
    body = {"expiresInMinutes": 60, "shouldSendEmail": False}
    created = _ok(site.call("POST", "/tenants/invites/v1/user", token, json=body), "createTenantInviteForUser", 201)
    read = _ok(site.call("GET", "/tenants/invites/v1/user", token), "getTenantInviteForUser")
    assert read["id"] == created["id"]
    _ok(
        site.call("PATCH", "/tenants/invites/v1/user", token, json={"expiresInMinutes": 120}),
        "updateTenantInviteForUser",
    )
    _ok(site.call("DELETE", "/tenants/invites/v1/user", token), "deleteTenantInviteForUser")
    assert site.call("GET", "/tenants/invites/v1/user", token).status_code == 404


def test_rest_api_resends_invitations_in_the_callers_account(site: Isolated) -> None:
    # auth/index.js resendInvitationEmail (POST users/v1/invitation/reset) and teams/index.js
    # resendInvitationLinkToAllTenants (POST users/v1/invitation/reset/all), both {email}, no header.
    _, tenant, token = _admin(site)
    email = site.new_email("invited")
    r = site.call("POST", "/users/v2", site.env_token(), headers={"frontegg-tenant-id": tenant}, json={"email": email})
    assert r.status_code == 201, r.text
    sent = len(site.outbox(email))
    r = site.call("POST", "/users/v1/invitation/reset", token, json={"email": email})
    assert r.status_code == 200, r.text
    r = site.call("POST", "/users/v1/invitation/reset/all", token, json={"email": email})
    assert r.status_code == 200, r.text
    assert len(site.outbox(email)) > sent


def test_rest_api_switches_the_active_account_without_headers(site: Isolated) -> None:
    # tenants/index.js switchTenant: PUT users/v1/tenant {tenantId}, nothing else.
    email = site.new_email("switcher")
    user_id, tenant_a = site.sign_up(email)
    _, tenant_b, _ = _admin(site)
    r = site.call(
        "POST",
        f"/users/v1/{user_id}/tenant",
        site.env_token(),
        json={"tenantId": tenant_b, "skipInviteEmail": True},
    )
    assert r.status_code < 300, r.text
    token = site.token(email)
    assert (
        _ok(site.call("PUT", "/users/v1/tenant", token, json={"tenantId": tenant_b}), "updateUserTenant")["tenantId"]
        == tenant_b
    )
    assert site.token(email) != token  # a new login lands in the account switched to
    assert tenant_a != tenant_b


def test_rest_api_reads_a_user_of_the_callers_account_by_id(site: Isolated) -> None:
    # auth/index.js getUserById ("Get Tenant Api Token Creator User"): GET users/v1/{userId} with the
    # signed-in admin's token, no tenant header.
    admin_id, tenant, token = _admin(site)
    read = _ok(site.call("GET", f"/users/v1/{admin_id}", token), "getUserById")
    assert read["id"] == admin_id
    assert read["tenantId"] == tenant
    # Only users of its own account, and only with the permission to read users.
    other_id, _, _ = _admin(site)
    assert site.call("GET", f"/users/v1/{other_id}", token).status_code == 404
    powerless = site.new_email("powerless")
    site.member(tenant, powerless, [site.custom_role([])])
    assert site.call("GET", f"/users/v1/{admin_id}", site.token(powerless)).status_code == 403


def test_rest_api_disables_sms_mfa_without_a_tenant_header(site: Isolated) -> None:
    # auth/index.js enrollSMSMFA / verifyEnrollSMSMFA, then preDisableMFASMS (POST
    # users/v1/mfa/sms/{deviceId}/disable, no body, no header) and disableMFASMS.
    email = site.new_email("sms")
    site.sign_up(email)
    token = site.token(email)
    pre = _ok(
        site.call("POST", "/users/v1/mfa/sms/enroll", token, json={"phoneNumber": "+15555550123"}), "preEnrollMySmsMfa"
    )
    code = site.last_code("+15555550123")
    body = {"otcToken": pre["otcToken"], "code": code}
    _ok(site.call("POST", "/users/v1/mfa/sms/enroll/verify", token, json=body), "enrollMySmsMfa")
    device_id = _sms_device(site, site.call("GET", "/users/v2/me", token).json()["id"])
    started = _ok(site.call("POST", f"/users/v1/mfa/sms/{device_id}/disable", token), "preDisableSMSMfa")
    body = {"otcToken": started["otcToken"], "code": site.last_code("+15555550123")}
    _ok(site.call("POST", f"/users/v1/mfa/sms/{device_id}/disable/verify", token, json=body), "disableSMSMfa")


def _sms_device(site: Isolated, user_id: str) -> str:
    env = site.emu.emulation.by_client_id(site.client_id)
    assert env is not None
    with site.emu.emulation.transaction(env):  # reads only: nothing changes, nothing is written
        return next(d.id for d in env.users[user_id].mfa_devices if d.kind == "sms")


def test_rest_api_resends_the_activation_email_without_a_token(site: Isolated) -> None:
    # redux-store ActivateAccountState/actions.js resendActivationEmail -> rest-api auth/index.js
    # resendActivationEmail: POST users/v1/activate/reset {email} from the activation page, no token.
    _, tenant, _ = _admin(site)
    email = site.new_email("inactive")
    r = site.call("POST", "/users/v1", site.env_token(), headers={"frontegg-tenant-id": tenant}, json={"email": email})
    assert r.status_code == 201, r.text
    sent = len(site.outbox(email, "activation"))
    r = site.call("POST", "/users/v1/activate/reset", json={"email": email})
    assert r.status_code == 201, r.text
    assert len(site.outbox(email, "activation")) == sent + 1
    # The same answer for nobody and for an activated user; nothing is sent to either.
    active = site.new_email("active")
    site.sign_up(active)
    before = len(site.outbox(active, "activation"))
    for who in (site.new_email("nobody"), active):
        r = site.call("POST", "/users/v1/activate/reset", json={"email": who})
        assert (r.status_code, r.content) == (201, b""), r.text
    assert len(site.outbox(active, "activation")) == before


def test_anonymous_activation_resends_are_limited_per_address(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=True)
    try:
        email = env.new_email("flooded")
        answers = [env.call("POST", "/users/v1/activate/reset", json={"email": email}).status_code for _ in range(8)]
        assert answers[0] == 201 and answers[-1] == 429, answers
    finally:
        env.close()


def test_rest_api_reads_the_email_change_policy_with_the_users_token(site: Isolated) -> None:
    # redux-store UsersEmailsPolicyState/actions.js loadUserEmailPolicyState -> rest-api
    # getUserEmailPolicyConfig: GET configurations/v1/user-emails-policy with the signed-in user's token.
    email = site.new_email("profile")
    site.sign_up(email)
    policy = _ok(site.call("GET", "/configurations/v1/user-emails-policy", site.token(email)), "getUserEmailsPolicy")
    assert policy == site.call("GET", "/configurations/v1/user-emails-policy", site.env_token()).json()


# ------------------------------------------------------------------ frontegg-ruby, environment token + frontegg-user-id
def test_ruby_expires_a_users_sessions_with_the_environment_token(site: Isolated) -> None:
    # lib/frontegg/user.rb expire_sessions: DELETE users/sessions/v1/me/{id|all} with frontegg-user-id.
    email = site.new_email("sessions")
    user_id, _ = site.sign_up(email)
    env = site.env_token()
    as_user = {"frontegg-user-id": user_id}
    opened = len(site.call("GET", "/users/sessions/v1/me", env, headers=as_user).json())
    first, second = site.token(email), site.token(email)
    # The issue's own example: listing a user's sessions the same way.
    listed = _ok(site.call("GET", "/users/sessions/v1/me", env, headers=as_user), "getActiveSessions")
    assert len(listed) == opened + 2 and not any(s["current"] for s in listed)
    _ok(site.call("DELETE", f"/users/sessions/v1/me/{listed[0]['id']}", env, headers=as_user), "deleteUserSession")
    assert len(site.call("GET", "/users/sessions/v1/me", env, headers=as_user).json()) == opened + 1
    _ok(site.call("DELETE", "/users/sessions/v1/me/all", env, headers=as_user), "deleteAllUserActiveSessions")
    # No session survives: the environment token has none of its own to keep.
    for token in (first, second):
        assert site.call("GET", "/users/v2/me", token).status_code == 401


def test_ruby_enrolls_and_disables_a_users_authenticator_app(site: Isolated) -> None:
    # lib/frontegg/mfa.rb create (POST users/v1/mfa/enroll) and verify (.../enroll/verify, {token}),
    # both with frontegg-user-id; disabling (POST users/v1/mfa/disable) is the example.
    email = site.new_email("mfa")
    user_id, _ = site.sign_up(email)
    env = site.env_token()
    as_user = {"frontegg-user-id": user_id}
    _ok(site.call("POST", "/users/v1/mfa/enroll", env, headers=as_user), "enrollAuthAppMfa")
    totp = pyotp.parse_uri(site.outbox(email, "authenticator-app")[-1]["link"])
    assert isinstance(totp, pyotp.TOTP)
    now = site.admin("GET", "/clock").json()["now"]
    body = {"token": totp.at(now)}
    _ok(site.call("POST", "/users/v1/mfa/enroll/verify", env, headers=as_user, json=body), "verifyAuthAppMfaEnrollment")
    assert "mfaToken" in site.login(email).json()  # the user now has a second factor
    assert site.admin("POST", "/clock/advance", json={"seconds": 30}).status_code == 200  # a fresh code
    now = site.admin("GET", "/clock").json()["now"]
    r = site.call("POST", "/users/v1/mfa/disable", env, headers=as_user, json={"token": totp.at(now)})
    assert r.status_code == 200, r.text
    assert "accessToken" in site.login(email).json()


def test_ruby_changes_a_users_password_with_the_environment_token(site: Isolated) -> None:
    # lib/frontegg/password.rb update: POST users/v1/passwords/change {password, newPassword} with
    # frontegg-user-id.
    email = site.new_email("password")
    user_id, _ = site.sign_up(email)
    new = "N3w-Correct-horse-9"
    body = {"password": PASSWORD, "newPassword": new}
    r = site.call(
        "POST", "/users/v1/passwords/change", site.env_token(), headers={"frontegg-user-id": user_id}, json=body
    )
    assert r.status_code == 201, r.text
    assert site.login(email, new).status_code == 200
    assert site.login(email).status_code == 401


# ------------------------------------------------------------------ terraform-provider-frontegg
def test_terraform_reads_a_user_by_id_without_a_tenant_header(site: Isolated) -> None:
    # resource_frontegg_user.go resourceFronteggUserRead: GET users/v1/{id}, environment token only.
    email = site.new_email("tf-user")
    user_id, tenant = site.sign_up(email)
    read = _ok(site.call("GET", f"/users/v1/{user_id}", site.env_token()), "getUserById")
    assert (read["id"], read["email"]) == (user_id, email)
    assert tenant in read["tenantIds"]


def test_terraform_changes_an_email_without_the_tenant_header_it_would_be_refused_for(site: Isolated) -> None:
    # resource_frontegg_portal_user.go: PUT users/v1/{id}/email without its usual tenant header, because
    # Frontegg refuses one there ("Tenant ID is defined - forbidden route for tenants").
    user_id, tenant = site.sign_up(site.new_email("renamed"))
    env = site.env_token()
    new = site.new_email("renamed-to")
    r = site.call("PUT", f"/users/v1/{user_id}/email", env, headers={"frontegg-tenant-id": tenant}, json={"email": new})
    assert r.status_code == 403 and "forbidden route for tenants" in r.text, r.text
    assert (
        _ok(site.call("PUT", f"/users/v1/{user_id}/email", env, json={"email": new}), "updateUserEmail")["email"] == new
    )


# ------------------------------------------------------------------ Frontegg's Node and Python SDKs
def test_sdks_look_access_tokens_up_without_a_tenant_header(site: Isolated) -> None:
    # @frontegg/client 5.3.2 and PyPI frontegg 3.0.4 access-token services: GET
    # vendor-only/{users|tenants}/access-tokens/v1/{sub} and .../active, environment token only.
    user_id, tenant, token = _admin(site)
    personal = site.call("POST", "/users/access-tokens/v1", token, json={}).json()
    account = site.call("POST", "/tenants/access-tokens/v1", token, json={}).json()
    env = site.env_token()
    data = _ok(site.call("GET", f"/vendor-only/users/access-tokens/v1/{personal['id']}", env), "getUserAccessTokenData")
    assert (data["userId"], data["tenantId"]) == (user_id, tenant)
    data = _ok(
        site.call("GET", f"/vendor-only/tenants/access-tokens/v1/{account['id']}", env), "getTenantAccessTokenData"
    )
    assert data["tenantId"] == tenant
    active = _ok(site.call("GET", "/vendor-only/users/access-tokens/v1/active", env), "getActiveAccessTokens")
    assert {personal["id"], account["id"]} <= set(active)
    # With the header, still only that account's.
    _, other_tenant, _ = _admin(site)
    scoped = site.call(
        "GET", "/vendor-only/users/access-tokens/v1/active", env, headers={"frontegg-tenant-id": other_tenant}
    )
    assert scoped.status_code == 200 and personal["id"] not in scoped.json()
    r = site.call(
        "GET",
        f"/vendor-only/users/access-tokens/v1/{personal['id']}",
        env,
        headers={"frontegg-tenant-id": other_tenant},
    )
    assert r.status_code == 404


# ------------------------------------------------------------------ what the token may not name
def test_an_environment_token_names_only_users_of_its_own_environment(emu: EmulatorServer, site: Isolated) -> None:
    email = site.new_email("victim")
    user_id, _ = site.sign_up(email)
    unknown = {"frontegg-user-id": "00000000-0000-4000-8000-000000000000"}
    r = site.call("GET", "/users/sessions/v1/me", site.env_token(), headers=unknown)
    assert r.status_code == 404, r.text
    # Another environment's key does not reach this environment's user.
    stranger = Isolated(emu, throttling=False)
    try:
        for method, path in [("GET", "/users/sessions/v1/me"), ("DELETE", "/users/sessions/v1/me/all")]:
            r = stranger.call(method, path, stranger.env_token(), headers={"frontegg-user-id": user_id})
            assert r.status_code == 404, r.text
        r = stranger.call(
            "POST",
            "/users/v1/passwords/change",
            stranger.env_token(),
            headers={"frontegg-user-id": user_id},
            json={"password": PASSWORD, "newPassword": "Stolen-Horse-9"},
        )
        assert r.status_code == 404, r.text
    finally:
        stranger.close()
    assert site.login(email).status_code == 200
    # Without the header an environment token names nobody.
    r = site.call("GET", "/users/sessions/v1/me", site.env_token())
    assert r.status_code == 400, r.text


def test_a_user_token_acts_as_itself_whatever_frontegg_user_id_says(site: Isolated) -> None:
    victim_email = site.new_email("victim")
    victim_id, tenant = site.sign_up(victim_email)
    victim_token = site.token(victim_email)
    attacker = site.new_email("attacker")
    site.member(tenant, attacker, [site.role_id("Admin")])
    token = site.token(attacker)
    r = site.call("DELETE", "/users/sessions/v1/me/all", token, headers={"frontegg-user-id": victim_id})
    assert r.status_code == 200, r.text
    assert site.call("GET", "/users/v2/me", victim_token).status_code == 200
    # And names only its own account: another account's id in the tenant header is refused.
    _, other_tenant, _ = _admin(site)
    r = site.call("GET", "/tenants/access-tokens/v1", token, headers={"frontegg-tenant-id": other_tenant})
    assert r.status_code == 403, r.text


# ------------------------------------------------------------------ @frontegg/redux-store 7.119.0, admin portal roles
def test_admin_portal_loads_roles_and_permissions_with_the_admins_token(site: Isolated) -> None:
    # RolesState/actions.js loadRolesAndPermissions: rest-api getRoles (GET roles/v1), getPermissions
    # (GET permissions/v1) and getPermissionCategories (GET permissions/v1/categories), user token only.
    _, tenant, token = _admin(site)
    _, _, stranger = _admin(site)
    own = _ok(site.call("POST", "/roles/v2", token, json=_account_role(site, token, "auditor")), "addRole")
    roles = {r["id"]: r for r in _ok(site.call("GET", "/roles/v1", token), "listRoles")}
    assert own["id"] in roles and roles[own["id"]]["tenantId"] == tenant
    assert own["id"] not in {r["id"] for r in site.call("GET", "/roles/v1", stranger).json()}
    assert _ok(site.call("GET", "/permissions/v1", token), "listPermissions")
    assert _ok(site.call("GET", "/permissions/v1/categories", token), "listPermissionCategories")
    # A member without fe.secure.read.roles reads none of it.
    powerless = site.new_email("no-roles")
    site.member(tenant, powerless, [site.custom_role([])])
    assert site.call("GET", "/roles/v1", site.token(powerless)).status_code == 403


def test_admin_portal_edits_only_its_own_accounts_roles(site: Isolated) -> None:
    # RolesState/actions.js updateRole (PATCH roles/v1/{roleId}), attachPermissionsToRole (PUT
    # roles/v1/{roleId}/permissions) and deleteRole (DELETE roles/v1/{roleId}).
    _, _, token = _admin(site)
    own = site.call("POST", "/roles/v2", token, json=_account_role(site, token, "editor")).json()
    renamed = _ok(
        site.call("PATCH", f"/roles/v1/{own['id']}", token, json={"name": "Editors", "description": "Edit"}),
        "updateRole",
    )
    assert (renamed["name"], renamed["description"]) == ("Editors", "Edit")
    perms = {p["key"]: p["id"] for p in site.call("GET", "/permissions/v1", token).json()}
    body = {"permissionIds": [perms["fe.secure.read.users"]]}
    attached = _ok(site.call("PUT", f"/roles/v1/{own['id']}/permissions", token, json=body), "setPermissionsToRole")
    assert attached["permissions"] == [perms["fe.secure.read.users"]]
    _ok(site.call("DELETE", f"/roles/v1/{own['id']}", token), "deleteRole", 204)
    assert own["id"] not in {r["id"] for r in site.call("GET", "/roles/v1", token).json()}
    # The environment's global roles, and other accounts' roles, stay out of an account admin's reach.
    admin_role = site.role_id("Admin")
    assert site.call("PATCH", f"/roles/v1/{admin_role}", token, json={"name": "Mine"}).status_code == 403
    assert site.call("DELETE", f"/roles/v1/{admin_role}", token).status_code == 403
    _, _, stranger = _admin(site)
    theirs = site.call("POST", "/roles/v2", stranger, json=_account_role(site, stranger, "theirs")).json()
    assert site.call("DELETE", f"/roles/v1/{theirs['id']}", token).status_code == 404


def test_admin_portal_cannot_raise_an_account_role_above_its_own(site: Isolated) -> None:
    _, tenant, _ = _admin(site)
    key = f"level-3-{uuid.uuid4().hex[:6]}"
    r = site.call(
        "POST",
        "/roles/v1",
        site.env_token(),
        headers={"frontegg-tenant-id": tenant},
        json=[{"key": key, "name": "Level 3", "level": 3}],
    )
    (own,) = r.json()
    # A manager holding every roles permission (and no users permission), at the same level 3.
    manager_role = site.custom_role(["fe.secure.read.roles", "fe.secure.write.roles", "fe.secure.delete.roles"], 3)
    manager = site.new_email("manager")
    site.member(tenant, manager, [manager_role])
    token = site.token(manager)
    assert site.call("PATCH", f"/roles/v1/{own['id']}", token, json={"name": "Renamed"}).status_code == 200
    r = site.call("PATCH", f"/roles/v1/{own['id']}", token, json={"level": 2})
    assert r.status_code == 403 and "stronger" in r.text, r.text
    perms = {p["key"]: p["id"] for p in site.call("GET", "/permissions/v1", token).json()}
    body = {"permissionIds": [perms["fe.secure.write.users"]]}
    r = site.call("PUT", f"/roles/v1/{own['id']}/permissions", token, json=body)
    assert r.status_code == 403 and "fe.secure.write.users" in r.text, r.text
    r = site.call("PATCH", f"/roles/v1/{own['id']}", token, json={"firstUserRole": True})
    assert r.status_code == 403 and "first user" in r.text, r.text


def _account_role(site: Isolated, token: str, key: str) -> dict[str, Any]:
    """The body rest-api addRoleV2 posts: an account role based on the weakest role the caller sees."""
    roles = site.call("GET", "/roles/v2", token).json()["items"]
    base = max(roles, key=lambda r: r["level"])
    return {
        "key": f"{key}-{uuid.uuid4().hex[:6]}",
        "name": key.title(),
        "description": "",
        "isDefault": False,
        "level": base["level"],
        "permissionIds": [],
        "baseRoleId": base["id"],
    }


# ------------------------------------------------------------------ our own client, as those clients call
def test_the_generated_client_calls_without_the_headers_the_token_supplies(site: Isolated) -> None:
    # The headers are optional in the client too: a service holding a user's token, or the vendor's
    # key and a user id, calls as @frontegg/rest-api and frontegg-ruby do.
    _, tenant, token = _admin(site)
    user = Client(base_url=site.emu.url + "/identity", headers={"Authorization": f"Bearer {token}"})
    r = create_user_v2.sync_detailed(client=user, body=CreateUser.from_dict({"email": site.new_email("via-client")}))
    assert r.status_code == 201, r.content
    assert isinstance(r.parsed, UserCreatedResponse)
    env_view = site.call("GET", f"/users/v1/{r.parsed.id}", site.env_token(), headers={"frontegg-tenant-id": tenant})
    assert env_view.status_code == 200, env_view.text  # created in the token's own account
    email = site.new_email("env-client")
    user_id, _ = site.sign_up(email)
    vendor = Client(base_url=site.emu.url + "/identity", headers={"Authorization": f"Bearer {site.env_token()}"})
    sessions = get_active_sessions.sync_detailed(client=vendor, frontegg_user_id=user_id)
    assert sessions.status_code == 200 and isinstance(sessions.parsed, list), sessions.content
