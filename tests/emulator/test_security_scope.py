"""Finding 10 of issue 14: what one account's users see and change stays within that account.

Before the fix, resetting "all" invitations of a user from account A voided its pending invitation
to an unrelated account B; listing users from A showed a member's other accounts and its roles
there; and switching one's own active account needed a user-management permission, where the
login box (@frontegg/rest-api `switchTenant`) lets any signed-in user do it.
"""

from __future__ import annotations

from security_support import Isolated

from frontegg_emulator import EmulatorServer


def _bulk_invite(env: Isolated, tenant_id: str, email: str) -> None:
    r = env.call(
        "POST",
        "/users/bulk/v1/invite",
        env.env_token(),
        headers={"frontegg-tenant-id": tenant_id},
        json={"users": [{"email": email}]},
    )
    assert r.status_code in (200, 201, 202), r.text


def test_reset_all_invitations_stays_within_the_callers_account(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("admin-a")
    _, tenant_a = env.sign_up(admin)
    _, tenant_b = env.sign_up(env.new_email("admin-b"))
    invitee = env.new_email("invitee")
    invitee_id, _ = env.sign_up(invitee)
    _bulk_invite(env, tenant_b, invitee)
    token_b = env.outbox(invitee, "invitation")[-1]["token"]
    _bulk_invite(env, tenant_a, invitee)
    r = env.call(
        "POST",
        "/users/v1/invitation/reset/all",
        env.token(admin),
        headers={"frontegg-tenant-id": tenant_a},
        json={"email": invitee},
    )
    assert r.status_code < 300, r.text
    r = env.call("POST", "/users/v1/invitation/accept", json={"userId": invitee_id, "token": token_b})
    assert r.status_code < 300, r.text  # B's link still works: A could only renew its own


def test_a_listed_member_shows_only_the_callers_account(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    admin = env.new_email("admin-a")
    _, tenant_a = env.sign_up(admin)
    member = env.new_email("member")
    member_id, own_tenant = env.sign_up(member)
    _bulk_invite(env, tenant_a, member)
    r = env.call(
        "GET", "/users/v3", env.token(admin), headers={"frontegg-tenant-id": tenant_a}, params={"_email": member}
    )
    assert r.status_code == 200, r.text
    (view,) = r.json()["items"]
    assert view["tenantIds"] == [tenant_a]
    assert [t["tenantId"] for t in view["tenants"]] == [tenant_a]
    # The environment still sees everything.
    r = env.call("GET", f"/users/v1/{member_id}", env.env_token(), headers={"frontegg-tenant-id": tenant_a})
    assert set(r.json()["tenantIds"]) == {own_tenant, tenant_a}


def test_switching_ones_own_account_needs_no_permission(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    _, tenant_a = env.sign_up(env.new_email("admin-a"))
    nobody_role = env.custom_role([], level=1)
    email = env.new_email("plain")
    user_id = env.member(tenant_a, email, [nobody_role])
    _, tenant_b = env.sign_up(env.new_email("admin-b"))
    _bulk_invite(env, tenant_b, email)
    token = env.token(email)
    headers = {"frontegg-tenant-id": tenant_a, "frontegg-user-id": user_id}
    r = env.call("PUT", "/users/v1/tenant", token, headers=headers, json={"tenantId": tenant_b})
    assert r.status_code == 200, r.text
    assert r.json()["tenantId"] == tenant_b
    # Still only among its own accounts.
    _, tenant_c = env.sign_up(env.new_email("admin-c"))
    r = env.call("PUT", "/users/v1/tenant", token, headers=headers, json={"tenantId": tenant_c})
    assert r.status_code == 404, r.text
