"""User groups: CRUD, members and roles, configuration, and group roles reaching members' tokens."""

from __future__ import annotations

import uuid
from typing import Any

import jwt
import pytest
from emulator_api import PASSWORD, Api, body_of
from response_schema import check

from frontegg_identity.api.permissions import add_permissions
from frontegg_identity.api.roles import add_roles, set_permissions_to_role, update_role_tenant
from frontegg_identity.api.user_groups import (
    add_roles_to_group,
    add_users_to_group,
    create_group,
    create_or_update_groups_configuration,
    delete_group,
    get_group_by_id,
    get_groups_by_ids,
    get_groups_configuration,
    list_groups,
    list_groups_v2,
    remove_roles_from_group,
    remove_users_from_group,
    update_group,
)
from frontegg_identity.api.user_management import create_user
from frontegg_identity.models.add_permission_request import AddPermissionRequest
from frontegg_identity.models.add_permission_to_role_request import AddPermissionToRoleRequest
from frontegg_identity.models.add_role_request import AddRoleRequest
from frontegg_identity.models.create_group import CreateGroup
from frontegg_identity.models.create_or_update_group_configuration import CreateOrUpdateGroupConfiguration
from frontegg_identity.models.create_user import CreateUser
from frontegg_identity.models.get_groups import GetGroups
from frontegg_identity.models.update_group import UpdateGroup
from frontegg_identity.models.update_role_tenant_request import UpdateRoleTenantRequest
from frontegg_identity.models.update_roles_on_group import UpdateRolesOnGroup
from frontegg_identity.models.update_users_on_group import UpdateUsersOnGroup


def _claims(token: str) -> dict[str, Any]:
    return dict(jwt.decode(token, options={"verify_signature": False}))


@pytest.fixture(scope="module")
def env_client(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(scope="module")
def account(api: Api, env_client: Any) -> dict[str, Any]:
    """An account with its admin (user token) and a second, read-only member."""
    email = api.new_email("owner")
    owner_id = api.sign_up(email)
    token = api.access_token(email)
    tenant_id = _claims(token)["tenantId"]
    member_email = api.new_email("member")
    r = create_user.sync_detailed(
        client=env_client,
        body=CreateUser.from_dict({"email": member_email, "password": PASSWORD}),
        frontegg_tenant_id=tenant_id,
    )
    assert r.status_code == 201, r.content
    return {
        "tenant": tenant_id,
        "owner": owner_id,
        "client": api.client(token),
        "member": body_of(r)["id"],
        "member_email": member_email,
    }


def _account_role(env_client: Any, tenant_id: str) -> tuple[dict[str, Any], str]:
    """A role of the account holding a new permission; (role, permission key)."""
    key = f"projects.manage-{uuid.uuid4().hex[:6]}"
    perm = body_of(
        add_permissions.sync_detailed(
            client=env_client, body=[AddPermissionRequest.from_dict({"key": key, "name": "Manage projects"})]
        )
    )[0]
    role = body_of(
        add_roles.sync_detailed(
            client=env_client,
            body=[AddRoleRequest.from_dict({"key": f"pm-{uuid.uuid4().hex[:6]}", "name": "PM", "level": 4})],
        )
    )[0]
    set_permissions_to_role.sync_detailed(
        role["id"], client=env_client, body=AddPermissionToRoleRequest.from_dict({"permissionIds": [perm["id"]]})
    )
    r = update_role_tenant.sync_detailed(
        role["id"], client=env_client, body=UpdateRoleTenantRequest.from_dict({"tenantId": tenant_id})
    )
    return body_of(r), key


def test_group_crud(account: dict[str, Any]) -> None:
    client = account["client"]
    r = create_group.sync_detailed(
        client=client, body=CreateGroup.from_dict({"name": "Engineering", "color": "#00f", "description": "Builders"})
    )
    assert r.status_code == 201, r.content
    group = body_of(r)
    check("createGroup", 201, group)
    assert group["users"] == [] and group["roles"] == [] and group["managedBy"] == "frontegg"

    assert (
        create_group.sync_detailed(client=client, body=CreateGroup.from_dict({"name": "engineering"})).status_code
        == 409
    )

    r = get_group_by_id.sync_detailed(group["id"], client=client)
    assert r.status_code == 200 and body_of(r)["name"] == "Engineering"
    check("getGroupById", 200, body_of(r))

    r = update_group.sync_detailed(group["id"], client=client, body=UpdateGroup.from_dict({"name": "R&D"}))
    assert r.status_code == 200 and body_of(r)["name"] == "R&D"
    check("updateGroup", 200, body_of(r))

    listed = body_of(list_groups.sync_detailed(client=client))
    check("listGroups", 200, listed)
    assert [g["id"] for g in listed["groups"]] == [group["id"]]

    second = body_of(create_group.sync_detailed(client=client, body=CreateGroup.from_dict({"name": "Sales"})))
    page = body_of(list_groups_v2.sync_detailed(client=client, field_limit=1, field_sort_by="name"))
    check("listGroupsV2", 200, page)
    assert [g["name"] for g in page["items"]] == ["R&D"]
    assert page["_metadata"] == {"totalItems": 2, "totalPages": 2}

    r = get_groups_by_ids.sync_detailed(
        client=client, body=GetGroups.from_dict({"groupsIds": [second["id"], str(uuid.uuid4())]})
    )
    assert r.status_code == 201
    check("getGroupsByIds", 201, body_of(r))
    assert [g["id"] for g in body_of(r)["groups"]] == [second["id"]]

    for g in (group, second):
        assert delete_group.sync_detailed(g["id"], client=client).status_code == 200
    assert get_group_by_id.sync_detailed(group["id"], client=client).status_code == 404
    assert delete_group.sync_detailed(group["id"], client=client).status_code == 404


def test_members_inherit_group_roles(api: Api, env_client: Any, account: dict[str, Any]) -> None:
    client = account["client"]
    role, permission_key = _account_role(env_client, account["tenant"])
    group = body_of(create_group.sync_detailed(client=client, body=CreateGroup.from_dict({"name": "Managers"})))

    r = add_users_to_group.sync_detailed(
        group["id"], client=client, body=UpdateUsersOnGroup.from_dict({"userIds": [account["member"]]})
    )
    assert r.status_code == 201, r.content
    r = add_roles_to_group.sync_detailed(
        group["id"], client=client, body=UpdateRolesOnGroup.from_dict({"roleIds": [role["id"]]})
    )
    assert r.status_code == 201, r.content

    view = body_of(get_group_by_id.sync_detailed(group["id"], client=client, field_groups_relations="rolesAndUsers"))
    check("getGroupById", 200, view)
    assert [u["id"] for u in view["users"]] == [account["member"]]
    assert [x["id"] for x in view["roles"]] == [role["id"]]
    only_roles = body_of(get_group_by_id.sync_detailed(group["id"], client=client, field_groups_relations="roles"))
    assert only_roles["users"] == [] and len(only_roles["roles"]) == 1

    claims = _claims(api.access_token(account["member_email"]))
    assert role["key"] in claims["roles"] and permission_key in claims["permissions"]

    headers = {"Authorization": client._headers["Authorization"]}
    r = api.http.get("/identity/resources/users/v3/groups", params={"ids": account["member"]}, headers=headers)
    assert r.status_code == 200
    assert r.json() == [
        {
            "userId": account["member"],
            "tenantId": account["tenant"],
            "vendorId": api.emu.credentials.client_id,
            "groupIds": [group["id"]],
        }
    ]

    r = remove_users_from_group.sync_detailed(
        group["id"], client=client, body=UpdateUsersOnGroup.from_dict({"userIds": [account["member"]]})
    )
    assert r.status_code == 200
    claims = _claims(api.access_token(account["member_email"]))
    assert role["key"] not in claims["roles"] and permission_key not in claims["permissions"]

    r = remove_roles_from_group.sync_detailed(
        group["id"], client=client, body=UpdateRolesOnGroup.from_dict({"roleIds": [role["id"]]})
    )
    assert r.status_code == 200
    assert body_of(get_group_by_id.sync_detailed(group["id"], client=client))["roles"] == []
    delete_group.sync_detailed(group["id"], client=client)


def test_unknown_members_and_roles_are_404(account: dict[str, Any]) -> None:
    client = account["client"]
    group = body_of(create_group.sync_detailed(client=client, body=CreateGroup.from_dict({"name": "Ops"})))
    bad_user = add_users_to_group.sync_detailed(
        group["id"], client=client, body=UpdateUsersOnGroup.from_dict({"userIds": [str(uuid.uuid4())]})
    )
    assert bad_user.status_code == 404
    bad_role = add_roles_to_group.sync_detailed(
        group["id"], client=client, body=UpdateRolesOnGroup.from_dict({"roleIds": [str(uuid.uuid4())]})
    )
    assert bad_role.status_code == 404
    no_group = add_users_to_group.sync_detailed(
        str(uuid.uuid4()), client=client, body=UpdateUsersOnGroup.from_dict({"userIds": [account["owner"]]})
    )
    assert no_group.status_code == 404
    delete_group.sync_detailed(group["id"], client=client)


def test_groups_need_an_account_and_permissions(api: Api, env_client: Any, account: dict[str, Any]) -> None:
    # An environment token must say which account (Frontegg: 403 "Tenant ID is not specified").
    r = list_groups.sync_detailed(client=env_client)
    assert r.status_code == 403 and "Tenant ID" in body_of(r)["errors"][0]
    assert list_groups.sync_detailed(client=env_client, frontegg_tenant_id=account["tenant"]).status_code == 200
    # A read-only member may list but not create.
    member = api.client(api.access_token(account["member_email"]))
    assert list_groups.sync_detailed(client=member).status_code == 200
    r = create_group.sync_detailed(client=member, body=CreateGroup.from_dict({"name": "Nope"}))
    assert r.status_code == 403


def test_groups_configuration(account: dict[str, Any]) -> None:
    client = account["client"]
    r = get_groups_configuration.sync_detailed(client=client)
    assert r.status_code == 200 and body_of(r) == {"enabled": True, "rolesEnabled": True}
    r = create_or_update_groups_configuration.sync_detailed(
        client=client, body=CreateOrUpdateGroupConfiguration.from_dict({"enabled": True, "rolesEnabled": False})
    )
    assert r.status_code == 201
    assert body_of(get_groups_configuration.sync_detailed(client=client))["rolesEnabled"] is False
    create_or_update_groups_configuration.sync_detailed(
        client=client, body=CreateOrUpdateGroupConfiguration.from_dict({"enabled": True, "rolesEnabled": True})
    )
