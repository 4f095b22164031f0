"""Less common user operations: temporary users, memberships turned off and on, unlock by emailed
token, the caller's authorization and account hierarchy, invisible and super-user modes, moving an
account's users, and roles across every account of a user."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import jwt
import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_emulator.domain import user_extras
from frontegg_identity.api.user_management import (
    disable_user_tenant,
    edit_time_limit,
    enable_user_tenant,
    get_me_authorization,
    get_user_tenants_hierarchy,
    set_user_permanent,
    set_user_roles_from_sub_tenants,
    unlock_me,
)
from frontegg_identity.api.users import (
    bulk_update_roles_across_all_tenants,
    get_bulk_roles_task_status,
    move_all_users_tenants,
    set_user_invisible_mode,
    set_user_superuser_mode,
)
from frontegg_identity.models.bulk_update_user_roles_request import BulkUpdateUserRolesRequest
from frontegg_identity.models.migrate_users_from_tenant_to_tenant_request import MigrateUsersFromTenantToTenantRequest
from frontegg_identity.models.temporary_user import TemporaryUser
from frontegg_identity.models.unlock_user_request import UnlockUserRequest
from frontegg_identity.models.update_sub_account_access_request import UpdateSubAccountAccessRequest
from frontegg_identity.models.update_user_invisible import UpdateUserInvisible
from frontegg_identity.models.update_user_superuser import UpdateUserSuperuser


@pytest.fixture(scope="module")
def env_client(api: Api) -> Any:
    return api.client(api.env_token())


def _person(api: Api) -> dict[str, Any]:
    email = api.new_email("extra")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    tenant = jwt.decode(token, options={"verify_signature": False})["tenantId"]
    return {"id": user_id, "email": email, "token": token, "client": api.client(token), "tenant": tenant}


def _new_tenant(api: Api, name: str) -> str:
    r = api.http.post(
        "/tenants/resources/tenants/v1", json={"name": name}, headers={"Authorization": f"Bearer {api.env_token()}"}
    )
    r.raise_for_status()
    return str(r.json()["id"])


def _view(api: Api, user_id: str) -> dict[str, Any]:
    r = api.http.get(
        f"/identity/resources/vendor-only/users/v1/{user_id}", headers={"Authorization": f"Bearer {api.env_token()}"}
    )
    assert r.status_code == 200, r.text
    return dict(r.json())


def _role_id(api: Api, key: str) -> str:
    roles = api.http.get("/identity/resources/roles/v1", headers={"Authorization": f"Bearer {api.env_token()}"})
    return str(next(r["id"] for r in roles.json() if r["key"] == key))


def test_temporary_user(api: Api, env_client: Any) -> None:
    me = _person(api)
    r = edit_time_limit.sync_detailed(
        me["id"], client=env_client, body=TemporaryUser.from_dict({"expirationInSeconds": 600})
    )
    assert r.status_code == 201, r.content
    check("editTimeLimit", 201, body_of(r))
    assert body_of(r) == {"expirationInSeconds": 600}
    assert set_user_permanent.sync_detailed(me["id"], client=env_client).status_code == 200
    body = TemporaryUser.from_dict({"expirationInSeconds": 600})
    assert edit_time_limit.sync_detailed(str(uuid.uuid4()), client=env_client, body=body).status_code == 404
    assert set_user_permanent.sync_detailed(str(uuid.uuid4()), client=env_client).status_code == 404


def test_disable_and_enable_membership(api: Api, env_client: Any) -> None:
    me = _person(api)
    r = disable_user_tenant.sync_detailed(me["id"], client=env_client, frontegg_tenant_id=me["tenant"])
    assert r.status_code == 200, r.content
    assert api.me(me["token"]).status_code == 401  # its sessions in that account ended
    view = _view(api, me["id"])
    assert view["tenants"][0]["isDisabled"] is True
    assert enable_user_tenant.sync_detailed(me["id"], client=env_client).status_code == 200
    view = _view(api, me["id"])
    assert view["tenants"][0]["isDisabled"] is False
    r = disable_user_tenant.sync_detailed(me["id"], client=env_client, frontegg_tenant_id=str(uuid.uuid4()))
    assert r.status_code == 404
    assert disable_user_tenant.sync_detailed(str(uuid.uuid4()), client=env_client).status_code == 404


def test_unlock_with_emailed_token(api: Api, emu: Any) -> None:
    me = _person(api)
    r = api.http.post(
        f"/identity/resources/users/v1/{me['id']}/lock", headers={"Authorization": f"Bearer {api.env_token()}"}
    )
    assert r.status_code in (200, 201), r.text
    assert api.login(me["email"]).status_code == 401
    # A vendor's lock sends no link (a lockout by failed logins does): "send" one as the lockout would.
    with emu.emulation.transaction(emu.environment):
        user_extras.send_unlock_email(emu.environment, emu.environment.users[me["id"]], emu.url)
    token = api.last_message(me["email"], "unlock")["token"]
    # The locked-out user has no token to send: the emailed one is the only credential.
    anonymous = api.client()
    wrong = unlock_me.sync_detailed(client=anonymous, body=UnlockUserRequest.from_dict({"token": "nope"}))
    assert wrong.status_code == 401
    r = unlock_me.sync_detailed(client=anonymous, body=UnlockUserRequest.from_dict({"token": token}))
    assert r.status_code == 200, r.content
    assert api.access_token(me["email"])
    again = unlock_me.sync_detailed(client=anonymous, body=UnlockUserRequest.from_dict({"token": token}))
    assert again.status_code == 401


def test_me_authorization(api: Api) -> None:
    me = _person(api)
    r = get_me_authorization.sync_detailed(client=me["client"])
    assert r.status_code == 200, r.content
    check("getMeAuthorization", 200, body_of(r))
    assert [role["key"] for role in body_of(r)["roles"]] == ["Admin"]
    keys = {p["key"] for p in body_of(r)["permissions"]}
    assert (
        "fe.secure.write.users" in keys
        and set(jwt.decode(me["token"], options={"verify_signature": False})["permissions"]) == keys
    )


def test_tenants_hierarchy(api: Api, emu: Any, env_client: Any) -> None:
    me = _person(api)
    child, grandchild = _new_tenant(api, "Child"), _new_tenant(api, "Grandchild")
    with emu.emulation.transaction(emu.environment):  # the Tenants API companion has no parents yet
        emu.environment.tenants[child].parent_tenant_id = me["tenant"]
        emu.environment.tenants[grandchild].parent_tenant_id = child
    r = get_user_tenants_hierarchy.sync_detailed(client=me["client"])
    assert r.status_code == 200
    check("getUserTenantsHierarchy", 200, body_of(r))
    (root,) = body_of(r)["tenants"]
    assert root["tenantId"] == me["tenant"] and root["children"] == []

    body = UpdateSubAccountAccessRequest.from_dict({"allowAccess": True})
    assert set_user_roles_from_sub_tenants.sync_detailed(me["id"], client=env_client, body=body).status_code == 200
    (root,) = body_of(get_user_tenants_hierarchy.sync_detailed(client=me["client"]))["tenants"]
    (sub,) = root["children"]
    assert sub["tenantId"] == child and sub["isMember"] is False and sub["children"][0]["tenantId"] == grandchild
    body = UpdateSubAccountAccessRequest.from_dict({"allowAccess": True})
    r = set_user_roles_from_sub_tenants.sync_detailed(str(uuid.uuid4()), client=env_client, body=body)
    assert r.status_code == 404


def test_invisible_and_superuser_modes(api: Api, env_client: Any) -> None:
    me = _person(api)
    r = set_user_invisible_mode.sync_detailed(me["id"], client=env_client, body=UpdateUserInvisible(invisible=True))
    assert r.status_code == 200, r.content
    check("setUserInvisibleMode", 200, body_of(r))
    assert body_of(r)["invisible"] is True
    r = set_user_superuser_mode.sync_detailed(me["id"], client=env_client, body=UpdateUserSuperuser(super_user=True))
    assert r.status_code == 200 and body_of(r)["superUser"] is True
    check("setUserSuperuserMode", 200, body_of(r))
    body = UpdateUserInvisible(invisible=False)
    assert set_user_invisible_mode.sync_detailed(str(uuid.uuid4()), client=env_client, body=body).status_code == 404
    # An environment operation.
    assert set_user_invisible_mode.sync_detailed(me["id"], client=me["client"], body=body).status_code == 403


def test_move_all_users(api: Api, env_client: Any) -> None:
    me = _person(api)
    target = _new_tenant(api, "Target")
    body = MigrateUsersFromTenantToTenantRequest(src_tenant_id=me["tenant"], target_tenant_id=target)
    assert move_all_users_tenants.sync_detailed(client=env_client, body=body).status_code == 200
    view = _view(api, me["id"])
    assert view["tenantIds"] == [target] and view["tenantId"] == target
    body = MigrateUsersFromTenantToTenantRequest(src_tenant_id=str(uuid.uuid4()), target_tenant_id=target)
    assert move_all_users_tenants.sync_detailed(client=env_client, body=body).status_code == 404


def test_roles_across_all_accounts(api: Api, env_client: Any) -> None:
    me = _person(api)
    second = _new_tenant(api, "Second")
    r = httpx.post(
        f"{api.emu.url}/identity/resources/users/v1/{me['id']}/tenant",
        json={"tenantId": second},
        headers={"Authorization": f"Bearer {api.env_token()}"},
    )
    assert r.status_code in (200, 201), r.text
    admin, reader = _role_id(api, "Admin"), _role_id(api, "ReadOnly")

    body = BulkUpdateUserRolesRequest.from_dict({"addRoleIds": [admin], "removeRoleIds": [reader]})
    r = bulk_update_roles_across_all_tenants.sync_detailed(me["id"], client=env_client, body=body)
    assert r.status_code == 200, r.content
    answer = body_of(r)
    check("bulkUpdateRolesAcrossAllTenants", 200, answer)
    assert answer["affectedTenants"] == 2 and answer["rolesAdded"] == [admin] and answer["rolesRemoved"] == [reader]

    r = get_bulk_roles_task_status.sync_detailed(answer["taskId"], client=env_client)
    assert r.status_code == 200
    check("getBulkRolesTaskStatus", 200, body_of(r))
    assert body_of(r)["status"] == "Completed" and body_of(r)["processedTenants"] == 2

    stranger = str(uuid.uuid4())
    body = BulkUpdateUserRolesRequest.from_dict({"addRoleIds": [reader], "tenantIds": [second, stranger]})
    answer = body_of(bulk_update_roles_across_all_tenants.sync_detailed(me["id"], client=env_client, body=body))
    status = body_of(get_bulk_roles_task_status.sync_detailed(answer["taskId"], client=env_client))
    assert status["status"] == "CompletedWithErrors" and status["errors"][0]["tenantId"] == stranger

    body = BulkUpdateUserRolesRequest.from_dict({"addRoleIds": [str(uuid.uuid4())]})
    assert bulk_update_roles_across_all_tenants.sync_detailed(me["id"], client=env_client, body=body).status_code == 404
    assert get_bulk_roles_task_status.sync_detailed(str(uuid.uuid4()), client=env_client).status_code == 404
