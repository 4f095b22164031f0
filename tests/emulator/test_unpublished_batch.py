"""Batch forms of documented operations, as Frontegg's admin portal sends them: several applications of
one user, the users of several applications, the applications of several users (@frontegg/rest-api
7.119.0 applications/index.js, called by @frontegg/redux-store 7.119.0 auth/ApplicationsState/actions.js),
and several IP restrictions at once (auth/secutiry-poilicy/index.js bulkCreateIPRestriction). Raw HTTP:
the generated client does not include the companion operations yet."""

from __future__ import annotations

from typing import Any

from response_schema import check
from security_support import Isolated

from frontegg_emulator import EmulatorServer

APPS = "/applications/v1"
IPS = "/configurations/v1/restrictions/ip"
APP_A, APP_B, APP_C = "app-a", "app-b", "app-c"


def _ok(r: Any, status: int = 200) -> Any:
    assert r.status_code == status, r.text
    return r.json() if r.content else None


def test_one_users_applications_assigned_listed_and_unassigned(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("apps-admin")
    _, tenant = env.sign_up(admin)
    member = env.new_email("apps-member")
    member_id = env.member(tenant, member, [env.role_id("ReadOnly")])
    other = env.new_email("apps-other")
    other_id = env.member(tenant, other, [env.role_id("ReadOnly")])
    token = env.token(admin)
    # assignUserToApps: {userId, appIds, tenantId} with the signed-in user's tenantId; no body back.
    r = env.call(
        "POST", f"{APPS}/apps-user", token, json={"userId": member_id, "tenantId": tenant, "appIds": [APP_A, APP_B]}
    )
    assert _ok(r, 201) is None
    _ok(
        env.call("POST", f"{APPS}/apps-user", token, json={"userId": other_id, "tenantId": tenant, "appIds": [APP_B]}),
        201,
    )
    # loadAccountApplications: the users of each application (appIds joined with commas).
    users_of = _ok(env.call("GET", f"{APPS}/apps-users", token, params={"appIds": f"{APP_A},{APP_B},{APP_C}"}))
    check("getUsersOfApplications", 200, users_of)
    assert users_of == [
        {"appId": APP_A, "userIds": [member_id]},
        {"appId": APP_B, "userIds": [member_id, other_id]},
        {"appId": APP_C, "userIds": []},
    ]
    # loadMultipleUsersApplications: the applications of each user.
    apps_of = _ok(env.call("GET", f"{APPS}/users-apps", token, params={"userIds": f"{member_id},{other_id}"}))
    check("getApplicationsOfUsers", 200, apps_of)
    assert apps_of == [{"userId": member_id, "appIds": [APP_A, APP_B]}, {"userId": other_id, "appIds": [APP_B]}]
    # The same records the documented per-application operations read.
    assert _ok(env.call("GET", f"{APPS}/{APP_B}/users", token)) == [member_id, other_id]
    # unassignUserFromApps; an application the user does not have is ignored.
    r = env.call(
        "DELETE", f"{APPS}/user-apps", token, json={"userId": member_id, "tenantId": tenant, "appIds": [APP_A, APP_C]}
    )
    assert _ok(r) is None
    apps_of = _ok(env.call("GET", f"{APPS}/users-apps", token, params={"userIds": member_id}))
    assert apps_of == [{"userId": member_id, "appIds": [APP_B]}]


def test_batch_application_calls_stay_in_the_callers_account(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("apps-scope")
    _, tenant = env.sign_up(admin)
    stranger = env.new_email("apps-stranger")
    stranger_id, other = env.sign_up(stranger)
    token = env.token(admin)
    _ok(
        env.call(
            "POST",
            f"{APPS}/apps-user",
            env.env_token(),
            json={"userId": stranger_id, "tenantId": other, "appIds": [APP_A]},
        ),
        201,
    )
    # Another account's tenantId, or a user outside the caller's account, is refused.
    r = env.call("POST", f"{APPS}/apps-user", token, json={"userId": stranger_id, "tenantId": other, "appIds": [APP_B]})
    assert r.status_code == 403, r.text
    r = env.call(
        "DELETE", f"{APPS}/user-apps", token, json={"userId": stranger_id, "tenantId": other, "appIds": [APP_A]}
    )
    assert r.status_code == 403, r.text
    r = env.call(
        "POST", f"{APPS}/apps-user", token, json={"userId": stranger_id, "tenantId": tenant, "appIds": [APP_B]}
    )
    assert r.status_code == 404, r.text
    r = env.call("GET", f"{APPS}/users-apps", token, params={"userIds": stranger_id})
    assert r.status_code == 404, r.text
    # The stranger's assignment is invisible from this account, visible to the environment.
    assert _ok(env.call("GET", f"{APPS}/apps-users", token, params={"appIds": APP_A})) == [
        {"appId": APP_A, "userIds": []}
    ]
    env_view = _ok(env.call("GET", f"{APPS}/apps-users", env.env_token(), params={"appIds": APP_A}))
    assert env_view == [{"appId": APP_A, "userIds": [stranger_id]}]
    # The empty list an unset tenant gives, and an empty id list, are bad input.
    assert env.call("GET", f"{APPS}/apps-users", token, params={"appIds": ","}).status_code == 400
    r = env.call("POST", f"{APPS}/apps-user", token, json={"userId": stranger_id, "tenantId": "", "appIds": [APP_A]})
    assert r.status_code in (403, 404), r.text
    # A reader of users may list but not assign.
    reader = env.new_email("apps-reader")
    reader_id = env.member(tenant, reader, [env.custom_role(["fe.secure.read.users"])])
    reader_token = env.token(reader)
    assert env.call("GET", f"{APPS}/users-apps", reader_token, params={"userIds": reader_id}).status_code == 200
    r = env.call(
        "POST", f"{APPS}/apps-user", reader_token, json={"userId": reader_id, "tenantId": tenant, "appIds": [APP_A]}
    )
    assert r.status_code == 403, r.text


def test_bulk_ip_restrictions_are_created_or_updated_together(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("ips-admin")
    _, tenant = env.sign_up(admin)
    token = env.token(admin)
    body = {
        "ips": [
            {"ip": "10.1.0.0/16", "strategy": "ALLOW", "description": "office"},
            {"ip": "192.0.2.7", "strategy": "BLOCK", "isActive": False},
        ]
    }
    r = env.call("POST", f"{IPS}/bulk", token, json=body)
    assert r.status_code == 201 and r.content == b"", r.text
    listed = _ok(env.call("GET", IPS, token))["items"]
    assert {(i["ip"], i["strategy"], i["isActive"], i["description"]) for i in listed} == {
        ("10.1.0.0/16", "ALLOW", True, "office"),
        ("192.0.2.7", "BLOCK", False, ""),
    }
    # An address already listed is updated, as createIpRestriction does.
    r = env.call(
        "POST", f"{IPS}/bulk", token, json={"ips": [{"ip": "192.0.2.7", "strategy": "ALLOW", "isActive": True}]}
    )
    assert r.status_code == 201, r.text
    listed = _ok(env.call("GET", IPS, token))["items"]
    assert len(listed) == 2 and {i["ip"]: i["strategy"] for i in listed}["192.0.2.7"] == "ALLOW"
    # One bad entry refuses the whole request: nothing of it is stored.
    bad = {"ips": [{"ip": "198.51.100.1", "strategy": "ALLOW"}, {"ip": "198.51.100.2", "strategy": "MAYBE"}]}
    assert env.call("POST", f"{IPS}/bulk", token, json=bad).status_code == 400
    assert env.call("POST", f"{IPS}/bulk", token, json={"ips": [{"strategy": "ALLOW"}]}).status_code == 400
    assert len(_ok(env.call("GET", IPS, token))["items"]) == 2
    # The rules are the account's: another account's admin sees none of them; a reader cannot write.
    stranger = env.new_email("ips-stranger")
    env.sign_up(stranger)
    assert _ok(env.call("GET", IPS, env.token(stranger)))["items"] == []
    reader = env.new_email("ips-reader")
    env.member(tenant, reader, [env.custom_role(["fe.secure.read.securityPolicies"])])
    r = env.call("POST", f"{IPS}/bulk", env.token(reader), json=body)
    assert r.status_code == 403, r.text
