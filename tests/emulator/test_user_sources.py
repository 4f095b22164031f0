"""User pools (user sources) and the users of applications."""

from __future__ import annotations

import json
from typing import Any

import jwt
import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_identity.api.user_pools import (
    assign_user_source,
    create_auth_0_external_user_source,
    create_cognito_external_user_source,
    create_custom_code_external_user_source,
    create_federation_user_source,
    create_firebase_external_user_source,
    delete_user_source,
    get_user_source,
    get_user_source_users,
    get_user_sources,
    unassign_user_source,
    update_auth_0_external_user_source,
    update_cognito_external_user_source,
)
from frontegg_identity.api.users_applications_management import (
    assign_users_to_application,
    get_applications_for_user,
    get_user_application_active_tenants,
    get_users_for_application,
    switch_user_application_active_tenant,
    unassign_users_from_application,
)
from frontegg_identity.models import (
    AssignApplicationsToUserSourceRequest,
    AssignUsersToAppRequest,
    CreateAuth0ExternalUserSourceRequest,
    CreateCognitoExternalUserSourceRequest,
    CreateCustomCodeExternalUserSourceRequest,
    CreateFederationUserSourceRequest,
    CreateFirebaseExternalUserSourceRequest,
    SwitchApplicationActiveUserTenantsRequest,
    UnassignApplicationsFromUserSourceRequest,
    UnassignUsersFromAppRequest,
    UpdateExternalAuth0UserSourceRequest,
    UpdateExternalCognitoUserSourceRequest,
)

SECRETS = ("auth0-secret-1", "aws-secret-2", "firebase-key-3", "PRIVATE KEY 4", "federation-secret-5")
NEW_TENANT = {"tenantResolverType": "new"}
AUTH0 = {
    "syncOnLogin": True,
    "isMigrated": False,
    "domain": "legacy.eu.auth0.com",
    "clientId": "auth0-client",
    "secret": SECRETS[0],
    "tenantConfig": {"tenantResolverType": "dynamic", "tenantIdFieldName": "org_id"},
}
COGNITO = {
    "syncOnLogin": False,
    "isMigrated": False,
    "region": "eu-west-1",
    "clientId": "cognito-client",
    "userPoolId": "eu-west-1_abc",
    "accessKeyId": "AKIAEXAMPLE",
    "secretAccessKey": SECRETS[1],
    "tenantConfig": NEW_TENANT,
}
FIREBASE = {
    "syncOnLogin": True,
    "isMigrated": True,
    "apiKey": SECRETS[2],
    "serviceAccount": {
        "type": "service_account",
        "project_id": "legacy",
        "private_key_id": "kid",
        "private_key": SECRETS[3],
        "client_email": "svc@legacy.iam.gserviceaccount.com",
        "client_id": "1",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/svc",
        "universe_domain": "googleapis.com",
    },
    "tenantConfig": NEW_TENANT,
}
CUSTOM_CODE = {
    "syncOnLogin": True,
    "isMigrated": False,
    "codePayload": "async function login(email, password) { return null; }",
    "tenantConfig": {"tenantResolverType": "from-source"},
}
FEDERATION = {
    "syncOnLogin": True,
    "clientId": "fed-client",
    "secret": SECRETS[4],
    "oauth2Config": {
        "authorizationUrl": "https://idp.example/authorize",
        "tokenUrl": "https://idp.example/token",
        "userInfoUrl": "https://idp.example/userinfo",
        "scopes": ["openid", "email"],
    },
    "tenantConfig": NEW_TENANT,
}
CREATORS = [
    (create_auth_0_external_user_source, CreateAuth0ExternalUserSourceRequest, AUTH0, "auth0"),
    (create_cognito_external_user_source, CreateCognitoExternalUserSourceRequest, COGNITO, "cognito"),
    (create_firebase_external_user_source, CreateFirebaseExternalUserSourceRequest, FIREBASE, "firebase"),
    (create_custom_code_external_user_source, CreateCustomCodeExternalUserSourceRequest, CUSTOM_CODE, "custom-code"),
    (create_federation_user_source, CreateFederationUserSourceRequest, FEDERATION, "federation"),
]
OPERATION_IDS = {
    "auth0": "createAuth0ExternalUserSource",
    "cognito": "createCognitoExternalUserSource",
    "firebase": "createFirebaseExternalUserSource",
    "custom-code": "createCustomCodeExternalUserSource",
    "federation": "createFederationUserSource",
}


@pytest.fixture(scope="module")
def env(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(autouse=True)
def clean(api: Api) -> None:
    api.http.post("/_emulator/reset").raise_for_status()


def _create(env: Any, index: int, name: str | None = None, app_ids: list[str] | None = None) -> dict[str, Any]:
    function, model, configuration, kind = CREATORS[index]
    body = {"name": name or kind + " source", "configuration": configuration, "index": index, "appIds": app_ids or []}
    r = function.sync_detailed(client=env, body=model.from_dict(body))
    assert r.status_code == 201, r.content
    created = dict(body_of(r))
    check(OPERATION_IDS[kind], 201, created)
    assert created["type"] == kind
    return created


def test_every_kind_of_source_is_created_and_listed_without_secrets(env: Any) -> None:
    created = [_create(env, i) for i in range(len(CREATORS))]
    r = get_user_sources.sync_detailed(client=env)
    assert r.status_code == 200
    check("getUserSources", 200, body_of(r))
    listed = body_of(r)
    assert [s["type"] for s in listed] == ["auth0", "cognito", "firebase", "custom-code", "federation"]
    assert all(s["usersCount"] == 0 for s in listed)
    text = json.dumps(listed)
    assert not any(secret in text for secret in SECRETS)
    assert listed[2]["configuration"]["serviceAccount"]["project_id"] == "legacy"

    one = get_user_source.sync_detailed(created[0]["id"], client=env)
    check("getUserSource", 200, body_of(one))
    assert body_of(one)["configuration"]["domain"] == "legacy.eu.auth0.com"


def test_keys_the_spec_does_not_name_are_not_echoed(env: Any) -> None:
    """The contract suite's stateful run stored a configuration with made-up keys (top level and in
    tenantConfig) and the listing answered them back; the strict self-check turned that into a 500."""
    odd = {**AUTH0, "madeUp": 1, "tenantConfig": {**NEW_TENANT, "\x04": "x"}}
    r = create_auth_0_external_user_source.sync_detailed(
        client=env,
        body=CreateAuth0ExternalUserSourceRequest.from_dict({"name": "Odd keys", "configuration": odd, "index": 9}),
    )
    assert r.status_code == 201, r.content
    one = get_user_source.sync_detailed(body_of(r)["id"], client=env)
    assert one.status_code == 200, one.content
    configuration = body_of(one)["configuration"]
    assert "madeUp" not in configuration and configuration["tenantConfig"] == NEW_TENANT
    assert configuration["domain"] == AUTH0["domain"]


def test_names_are_unique_and_static_tenants_must_exist(env: Any) -> None:
    _create(env, 0, name="Legacy")
    dup = create_cognito_external_user_source.sync_detailed(
        client=env,
        body=CreateCognitoExternalUserSourceRequest.from_dict({"name": "legacy", "configuration": COGNITO, "index": 1}),
    )
    assert dup.status_code == 409
    static = {**AUTH0, "tenantConfig": {"tenantResolverType": "static", "tenantId": "no-such-account"}}
    missing = create_auth_0_external_user_source.sync_detailed(
        client=env,
        body=CreateAuth0ExternalUserSourceRequest.from_dict({"name": "S", "configuration": static, "index": 2}),
    )
    assert missing.status_code == 404


def test_update_assign_unassign_and_delete(env: Any) -> None:
    source = _create(env, 0, app_ids=["app-1"])
    r = update_auth_0_external_user_source.sync_detailed(
        source["id"],
        client=env,
        body=UpdateExternalAuth0UserSourceRequest.from_dict(
            {"name": "Renamed", "index": 7, "configuration": {**AUTH0, "domain": "new.auth0.com"}}
        ),
    )
    # No body (the Terraform provider PUTs with a nil output and reads the source back).
    assert r.status_code == 200 and r.content == b"", r.content
    read = get_user_source.sync_detailed(source["id"], client=env)
    assert body_of(read)["name"] == "Renamed" and body_of(read)["configuration"]["domain"] == "new.auth0.com"
    assert SECRETS[0] not in read.content.decode()
    # The update of another kind does not reach this source.
    other = update_cognito_external_user_source.sync_detailed(
        source["id"], client=env, body=UpdateExternalCognitoUserSourceRequest.from_dict({"name": "x"})
    )
    assert other.status_code == 404

    assigned = assign_user_source.sync_detailed(
        client=env,
        body=AssignApplicationsToUserSourceRequest.from_dict(
            {"userSourceId": source["id"], "appIds": ["app-2", "app-1"]}
        ),
    )
    assert assigned.status_code == 201 and assigned.content == b""
    assert body_of(get_user_source.sync_detailed(source["id"], client=env))["appIds"] == ["app-1", "app-2"]
    unassign_user_source.sync_detailed(
        client=env,
        body=UnassignApplicationsFromUserSourceRequest.from_dict({"userSourceId": source["id"], "appIds": ["app-1"]}),
    )
    assert body_of(get_user_source.sync_detailed(source["id"], client=env))["appIds"] == ["app-2"]

    users = get_user_source_users.sync_detailed(source["id"], client=env)
    check("getUserSourceUsers", 200, body_of(users))
    assert body_of(users)["items"] == []

    assert delete_user_source.sync_detailed(source["id"], client=env).status_code == 200
    assert get_user_source.sync_detailed(source["id"], client=env).status_code == 404
    assert delete_user_source.sync_detailed(source["id"], client=env).status_code == 404
    gone = assign_user_source.sync_detailed(
        client=env, body=AssignApplicationsToUserSourceRequest.from_dict({"userSourceId": source["id"], "appIds": []})
    )
    assert gone.status_code == 404


# ------------------------------------------------------------------ applications
def _member(api: Api) -> tuple[str, str, str]:
    email = api.new_email("app-user")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    return user_id, jwt.decode(token, options={"verify_signature": False})["tenantId"], token


UPDATE_PATHS = {
    "auth0": "external/auth0",
    "cognito": "external/cognito",
    "firebase": "external/firebase",
    "custom-code": "external/custom-code",
    "federation": "federation",
}


def test_every_kind_of_update_answers_no_body_and_is_read_back(api: Api, env: Any) -> None:
    """The spec's 200s declare no body and Frontegg's Terraform provider PUTs every kind with a nil output
    (resource_frontegg_*_user_source.go); the contract suite's success tests caught cognito, firebase,
    custom-code and federation still answering the source."""
    headers = {"Authorization": f"Bearer {api.env_token()}"}
    for index, (_, _, configuration, kind) in enumerate(CREATORS):
        source = _create(env, index)
        r = api.http.put(
            f"/identity/resources/user-sources/v1/{UPDATE_PATHS[kind]}/{source['id']}",
            headers=headers,
            json={"name": f"Renamed {kind}", "index": 20 + index, "configuration": configuration},
        )
        assert r.status_code == 200 and r.content == b"", (kind, r.status_code, r.content[:200])
        read = api.http.get(f"/identity/resources/user-sources/v1/{source['id']}", headers=headers)
        assert read.json()["name"] == f"Renamed {kind}" and read.json()["index"] == 20 + index


def test_assign_users_to_applications(api: Api, env: Any) -> None:
    user_id, tenant_id, _ = _member(api)
    body = {"appId": "crm", "tenantId": tenant_id, "userIds": [user_id, user_id]}
    r = assign_users_to_application.sync_detailed(client=env, body=AssignUsersToAppRequest.from_dict(body))
    assert r.status_code == 201, r.content
    check("assignUsersToApplication", 201, body_of(r))
    assert len(body_of(r)) == 1 and body_of(r)[0]["appId"] == "crm"
    again = assign_users_to_application.sync_detailed(client=env, body=AssignUsersToAppRequest.from_dict(body))
    assert body_of(again) == body_of(r)  # idempotent

    assert body_of(get_users_for_application.sync_detailed("crm", client=env)) == [user_id]
    assert body_of(get_applications_for_user.sync_detailed(user_id, client=env)) == ["crm"]

    stranger = assign_users_to_application.sync_detailed(
        client=env, body=AssignUsersToAppRequest.from_dict({**body, "userIds": ["no-such-user"]})
    )
    assert stranger.status_code == 404
    no_account = assign_users_to_application.sync_detailed(
        client=env, body=AssignUsersToAppRequest.from_dict({**body, "tenantId": "no-such-account"})
    )
    assert no_account.status_code == 404

    r = unassign_users_from_application.sync_detailed(client=env, body=UnassignUsersFromAppRequest.from_dict(body))
    assert r.status_code == 200
    assert body_of(get_users_for_application.sync_detailed("crm", client=env)) == []
    assert get_applications_for_user.sync_detailed("no-such-user", client=env).status_code == 404


def test_user_tokens_act_in_their_own_account(api: Api, env: Any) -> None:
    user_id, tenant_id, token = _member(api)
    other_id, other_tenant, _ = _member(api)
    me = api.client(token)
    mine = {"appId": "wiki", "tenantId": tenant_id, "userIds": [user_id]}
    assert (
        assign_users_to_application.sync_detailed(client=me, body=AssignUsersToAppRequest.from_dict(mine)).status_code
        == 201
    )
    theirs = {"appId": "wiki", "tenantId": other_tenant, "userIds": [other_id]}
    assert (
        assign_users_to_application.sync_detailed(
            client=env, body=AssignUsersToAppRequest.from_dict(theirs)
        ).status_code
        == 201
    )
    refused = assign_users_to_application.sync_detailed(client=me, body=AssignUsersToAppRequest.from_dict(theirs))
    assert refused.status_code == 403
    assert body_of(get_users_for_application.sync_detailed("wiki", client=me)) == [user_id]
    assert sorted(body_of(get_users_for_application.sync_detailed("wiki", client=env))) == sorted([user_id, other_id])


def test_active_account_per_application(api: Api, env: Any) -> None:
    user_id, tenant_id, token = _member(api)
    r = get_user_application_active_tenants.sync_detailed(client=env, frontegg_user_id=user_id)
    assert r.status_code == 200
    assert body_of(r) == {"applicationActiveTenants": []}
    switch = SwitchApplicationActiveUserTenantsRequest.from_dict(
        {"activeApplicationTenants": [{"applicationId": "crm", "tenantId": tenant_id}]}
    )
    assert (
        switch_user_application_active_tenant.sync_detailed(
            client=env, body=switch, frontegg_user_id=user_id
        ).status_code
        == 200
    )
    r = get_user_application_active_tenants.sync_detailed(client=api.client(token), frontegg_user_id=user_id)
    check("getUserApplicationActiveTenants", 200, body_of(r))
    assert body_of(r)["applicationActiveTenants"] == [{"applicationId": "crm", "tenantId": tenant_id}]

    foreign = SwitchApplicationActiveUserTenantsRequest.from_dict(
        {"activeApplicationTenants": [{"applicationId": "crm", "tenantId": "not-my-account"}]}
    )
    assert (
        switch_user_application_active_tenant.sync_detailed(
            client=env, body=foreign, frontegg_user_id=user_id
        ).status_code
        == 404
    )
    assert get_user_application_active_tenants.sync_detailed(client=env, frontegg_user_id="").status_code == 404
