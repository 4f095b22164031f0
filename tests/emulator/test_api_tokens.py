"""API tokens and access tokens: creation (secret shown once), client-credentials login, refresh,
permission-bounded use of the minted JWT, revocation, and the environment-only lookups."""

from __future__ import annotations

from typing import Any

import jwt
import pytest
from emulator_api import PASSWORD, Api, body_of
from response_schema import check

from frontegg_identity.api.account_roles import list_roles_v2
from frontegg_identity.api.api_token import authenticate_api_token, refresh_api_token
from frontegg_identity.api.api_tokens import (
    create_tenant_access_token,
    create_tenant_api_token,
    create_tenant_api_token_v2,
    delete_tenant_access_token,
    delete_tenant_api_token,
    get_tenant_access_tokens,
    update_tenant_api_token,
)
from frontegg_identity.api.m2m_tokens import (
    get_active_access_tokens,
    get_tenant_access_token_data,
    get_user_access_token_data,
)
from frontegg_identity.api.permissions import list_permissions
from frontegg_identity.api.personal_tokens import (
    create_user_access_token,
    create_user_api_token,
    delete_api_token,
    delete_user_access_token,
    get_api_tokens,
    get_user_access_tokens,
)
from frontegg_identity.api.roles import list_roles
from frontegg_identity.api.user_groups import create_group
from frontegg_identity.api.user_management import create_user
from frontegg_identity.models.auth_api_token import AuthApiToken
from frontegg_identity.models.create_group import CreateGroup
from frontegg_identity.models.create_tenant_access_token_request import CreateTenantAccessTokenRequest
from frontegg_identity.models.create_tenant_api_token import CreateTenantApiToken
from frontegg_identity.models.create_user import CreateUser
from frontegg_identity.models.create_user_access_token_request import CreateUserAccessTokenRequest
from frontegg_identity.models.create_user_api_token import CreateUserApiToken
from frontegg_identity.models.refresh_api_token import RefreshApiToken
from frontegg_identity.models.update_api_token import UpdateApiToken


def _claims(token: str) -> dict[str, Any]:
    return dict(jwt.decode(token, options={"verify_signature": False}))


@pytest.fixture(scope="module")
def env(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(scope="module")
def account(api: Api) -> dict[str, Any]:
    email = api.new_email("tokens")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    return {"email": email, "user": user_id, "tenant": _claims(token)["tenantId"], "client": api.client(token)}


@pytest.fixture(scope="module")
def permission_ids(env: Any) -> dict[str, str]:
    return {p["key"]: p["id"] for p in body_of(list_permissions.sync_detailed(client=env))}


def _login(api: Api, client_id: str, secret: str) -> Any:
    return authenticate_api_token.sync_detailed(
        client=api.client(), body=AuthApiToken.from_dict({"clientId": client_id, "secret": secret})
    )


def test_tenant_api_token_login_and_use(api: Api, account: dict[str, Any], permission_ids: dict[str, str]) -> None:
    body = {
        "description": "CI robot",
        "metadata": {"team": "platform"},
        "permissionIds": [permission_ids["fe.secure.read.roles"]],
    }
    r = create_tenant_api_token.sync_detailed(
        client=account["client"], body=CreateTenantApiToken.from_dict(body), frontegg_tenant_id=account["tenant"]
    )
    assert r.status_code == 201, r.content
    created = body_of(r)
    check("createTenantApiToken", 201, created)
    assert created["tenantId"] == account["tenant"] and created["createdByUserId"] == account["user"]
    assert created["secret"]

    # The secret is shown once: listings never carry it.
    listed = api.http.get(
        "/identity/resources/tenants/api-tokens/v1",
        headers={**account["client"]._headers, "frontegg-tenant-id": account["tenant"]},
    ).json()
    mine = next(t for t in listed if t["clientId"] == created["clientId"])
    assert "secret" not in mine and mine["expires"] is None and mine["description"] == "CI robot"

    assert _login(api, created["clientId"], "not-the-secret").status_code == 401
    r = _login(api, created["clientId"], created["secret"])
    assert r.status_code == 200, r.content
    tokens = body_of(r)
    check("authenticateApiToken", 200, tokens)
    claims = _claims(tokens["access_token"])
    assert claims["type"] == "tenantApiToken" and claims["sub"] == created["clientId"]
    assert claims["tenantId"] == account["tenant"] and claims["permissions"] == ["fe.secure.read.roles"]

    # The minted token acts in its account within its permissions.
    robot = api.client(tokens["access_token"])
    assert list_roles_v2.sync_detailed(client=robot, field_sort_by="key").status_code == 200
    r = create_group.sync_detailed(client=robot, body=CreateGroup.from_dict({"name": "Bots"}))
    assert r.status_code == 403
    # Roles v1 reads take an account's token since issue 15 (the admin portal's RolesState), within its
    # fe.secure.read.roles; an environment-only read does not.
    assert list_roles.sync_detailed(client=robot).status_code == 200
    assert api.http.get("/identity/resources/configurations/v1", headers=robot._headers).status_code == 403

    # Refresh rotates: the new pair works, the old refresh token does not.
    r = refresh_api_token.sync_detailed(
        client=api.client(), body=RefreshApiToken.from_dict({"refreshToken": tokens["refresh_token"]})
    )
    assert r.status_code == 200, r.content
    check("refreshApiToken", 200, body_of(r))
    again = refresh_api_token.sync_detailed(
        client=api.client(), body=RefreshApiToken.from_dict({"refreshToken": tokens["refresh_token"]})
    )
    assert again.status_code == 401

    # Deleting the token ends the JWTs it minted.
    r = delete_tenant_api_token.sync_detailed(
        created["clientId"], client=account["client"], frontegg_tenant_id=account["tenant"]
    )
    assert r.status_code == 200
    assert list_roles_v2.sync_detailed(client=robot, field_sort_by="key").status_code == 401
    assert _login(api, created["clientId"], created["secret"]).status_code == 401
    r = delete_tenant_api_token.sync_detailed(
        created["clientId"], client=account["client"], frontegg_tenant_id=account["tenant"]
    )
    assert r.status_code == 404


def test_tenant_api_token_update_and_roles(api: Api, env: Any, account: dict[str, Any]) -> None:
    read_only = next(r for r in body_of(list_roles.sync_detailed(client=env)) if r["key"] == "ReadOnly")
    r = create_tenant_api_token_v2.sync_detailed(
        client=env,
        body=CreateTenantApiToken.from_dict({"roleIds": [read_only["id"]], "expiresInMinutes": 60}),
        frontegg_tenant_id=account["tenant"],
    )
    assert r.status_code == 201, r.content
    created = body_of(r)
    check("createTenantApiTokenV2", 201, created)
    assert created["createdByUserId"] is None and created["roleIds"] == [read_only["id"]] and created["expires"]
    claims = _claims(body_of(_login(api, created["clientId"], created["secret"]))["access_token"])
    assert claims["roles"] == ["ReadOnly"] and "fe.secure.read.users" in claims["permissions"]

    r = update_tenant_api_token.sync_detailed(
        created["clientId"],
        client=env,
        body=UpdateApiToken.from_dict({"description": "renamed", "roleIds": []}),
        frontegg_tenant_id=account["tenant"],
    )
    assert r.status_code == 200, r.content
    check("updateTenantApiToken", 200, body_of(r))
    assert body_of(r)["description"] == "renamed" and body_of(r)["roleIds"] == []
    claims = _claims(body_of(_login(api, created["clientId"], created["secret"]))["access_token"])
    assert claims["roles"] == [] and claims["permissions"] == []

    # Expiry: an hour later the token no longer logs in.
    api.advance(3601)
    assert _login(api, created["clientId"], created["secret"]).status_code == 401


def test_a_user_cannot_hand_out_more_than_it_holds(
    api: Api, env: Any, account: dict[str, Any], permission_ids: dict[str, str]
) -> None:
    email = api.new_email("reader")
    r = create_user.sync_detailed(
        client=env,
        body=CreateUser.from_dict({"email": email, "password": PASSWORD}),
        frontegg_tenant_id=account["tenant"],
    )
    assert r.status_code == 201
    reader = api.client(api.access_token(email))
    body = {"permissionIds": [permission_ids["fe.secure.read.users"]]}
    r = create_tenant_api_token.sync_detailed(
        client=reader, body=CreateTenantApiToken.from_dict(body), frontegg_tenant_id=account["tenant"]
    )
    assert r.status_code == 403  # no fe.secure.write.apiTokens
    r = create_tenant_api_token.sync_detailed(
        client=account["client"],
        body=CreateTenantApiToken.from_dict({"permissionIds": ["no-such-permission"]}),
        frontegg_tenant_id=account["tenant"],
    )
    assert r.status_code == 404


def test_user_api_token(api: Api, account: dict[str, Any]) -> None:
    ids = {"frontegg_tenant_id": account["tenant"], "frontegg_user_id": account["user"]}
    r = create_user_api_token.sync_detailed(
        client=account["client"], body=CreateUserApiToken.from_dict({"description": "my laptop"}), **ids
    )
    assert r.status_code == 201, r.content
    created = body_of(r)
    check("createUserApiToken", 201, created)

    r = get_api_tokens.sync_detailed(client=account["client"], **ids)
    assert r.status_code == 200
    check("getApiTokens", 200, body_of(r))
    assert [t["clientId"] for t in body_of(r)] == [created["clientId"]]
    assert "secret" not in body_of(r)[0]

    tokens = body_of(_login(api, created["clientId"], created["secret"]))
    claims = _claims(tokens["access_token"])
    assert claims["type"] == "userApiToken" and claims["userId"] == account["user"]
    assert "fe.secure.write.roles" in claims["permissions"]  # the user's own (Admin) permissions
    me = api.me(tokens["access_token"])
    assert me.status_code == 200 and me.json()["id"] == account["user"]

    r = delete_api_token.sync_detailed(created["clientId"], client=account["client"], **ids)
    assert r.status_code == 200
    assert api.me(tokens["access_token"]).status_code == 401
    assert delete_api_token.sync_detailed(created["clientId"], client=account["client"], **ids).status_code == 404


def test_access_tokens_and_vendor_lookups(api: Api, env: Any, account: dict[str, Any]) -> None:
    ids = {"frontegg_tenant_id": account["tenant"], "frontegg_user_id": account["user"]}
    r = create_user_access_token.sync_detailed(
        client=account["client"], body=CreateUserAccessTokenRequest.from_dict({"description": "cli"}), **ids
    )
    assert r.status_code == 201, r.content
    personal = body_of(r)
    check("createUserAccessToken", 201, personal)
    assert _claims(personal["secret"])["type"] == "userAccessToken"

    admin_role = next(r for r in body_of(list_roles.sync_detailed(client=env)) if r["key"] == "Admin")
    r = create_tenant_access_token.sync_detailed(
        client=account["client"],
        body=CreateTenantAccessTokenRequest.from_dict({"description": "deploys", "roleIds": [admin_role["id"]]}),
        frontegg_tenant_id=account["tenant"],
    )
    assert r.status_code == 201, r.content
    shared = body_of(r)
    check("createTenantAccessToken", 201, shared)

    listed = body_of(get_user_access_tokens.sync_detailed(client=account["client"], **ids))
    check("getUserAccessTokens", 200, listed)
    assert [t["id"] for t in listed["accessTokens"]] == [personal["id"]] and "secret" not in listed["accessTokens"][0]
    listed = body_of(get_tenant_access_tokens.sync_detailed(client=env, frontegg_tenant_id=account["tenant"]))
    check("getTenantAccessTokens", 200, listed)
    assert shared["id"] in [t["id"] for t in listed["accessTokens"]]

    active = body_of(get_active_access_tokens.sync_detailed(client=env, frontegg_tenant_id=account["tenant"]))
    check("getActiveAccessTokens", 200, active)
    assert {personal["id"], shared["id"]} <= set(active)
    r = get_user_access_token_data.sync_detailed(personal["id"], client=env, frontegg_tenant_id=account["tenant"])
    assert r.status_code == 200
    check("getUserAccessTokenData", 200, body_of(r))
    assert body_of(r)["userId"] == account["user"] and "Admin" in body_of(r)["roles"]
    r = get_tenant_access_token_data.sync_detailed(shared["id"], client=env, frontegg_tenant_id=account["tenant"])
    check("getTenantAccessTokenData", 200, body_of(r))
    assert body_of(r)["roles"] == ["Admin"]
    # Vendor-only lookups refuse user tokens.
    assert (
        get_active_access_tokens.sync_detailed(
            client=account["client"], frontegg_tenant_id=account["tenant"]
        ).status_code
        == 403
    )

    # The access token itself authenticates as its user until deleted.
    assert api.me(personal["secret"]).status_code == 200
    assert delete_user_access_token.sync_detailed(personal["id"], client=account["client"], **ids).status_code == 200
    assert api.me(personal["secret"]).status_code == 401
    r = delete_tenant_access_token.sync_detailed(shared["id"], client=env, frontegg_tenant_id=account["tenant"])
    assert r.status_code == 200
    active = body_of(get_active_access_tokens.sync_detailed(client=env, frontegg_tenant_id=account["tenant"]))
    assert personal["id"] not in active and shared["id"] not in active
    r = get_tenant_access_token_data.sync_detailed(shared["id"], client=env, frontegg_tenant_id=account["tenant"])
    assert r.status_code == 404


def test_api_tokens_can_be_turned_off(api: Api, env: Any, account: dict[str, Any]) -> None:
    from frontegg_identity.api.core_settings import add_or_update_config
    from frontegg_identity.models.vendor_config_request import VendorConfigRequest

    add_or_update_config.sync_detailed(client=env, body=VendorConfigRequest.from_dict({"apiTokensEnabled": False}))
    try:
        r = create_tenant_api_token.sync_detailed(
            client=env, body=CreateTenantApiToken.from_dict({}), frontegg_tenant_id=account["tenant"]
        )
        assert r.status_code == 403
    finally:
        add_or_update_config.sync_detailed(client=env, body=VendorConfigRequest.from_dict({"apiTokensEnabled": True}))
