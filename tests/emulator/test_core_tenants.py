"""The Tenants companion API, /tenants/resources/tenants/v1: environment tokens only."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from emulator_api import PASSWORD, Api

from frontegg_emulator import EmulatorServer

TENANTS = "/tenants/resources/tenants/v1"


@pytest.fixture(scope="module")
def http(emu: EmulatorServer, api: Api) -> Any:
    with httpx.Client(base_url=emu.url, timeout=10, headers={"Authorization": f"Bearer {api.env_token()}"}) as c:
        yield c


def _user(http: httpx.Client, user_id: str, tenant: str) -> httpx.Response:
    return http.get(f"/identity/resources/users/v1/{user_id}", headers={"frontegg-tenant-id": tenant})


def test_create_get_list_update_delete(http: httpx.Client, emu: EmulatorServer) -> None:
    created = http.post(TENANTS, json={"name": "Globex", "metadata": '{"tier":"gold"}'})
    assert created.status_code == 201, created.text
    assert created.headers.get("frontegg-trace-id")
    tenant = created.json()
    assert tenant["name"] == "Globex" and tenant["metadata"] == '{"tier":"gold"}'
    assert tenant["id"] == tenant["tenantId"]
    assert tenant["vendorId"] == emu.credentials.client_id
    tenant_id = tenant["id"]

    chosen_id = f"chosen-{uuid.uuid4().hex[:8]}"
    chosen = http.post(TENANTS, json={"name": "Initech", "tenantId": chosen_id})
    assert chosen.status_code == 201 and chosen.json()["id"] == chosen_id
    assert http.post(TENANTS, json={"name": "Again", "tenantId": chosen_id}).status_code == 409

    got = http.get(f"{TENANTS}/{tenant_id}")
    # v1 answers an array of one (rust-frontegg get_tenant, terraform-provider-frontegg tenant read).
    assert got.status_code == 200 and got.json() == [tenant]
    listed = http.get(TENANTS)
    assert listed.status_code == 200
    assert {tenant_id, chosen_id} <= {t["id"] for t in listed.json()}

    updated = http.put(f"{TENANTS}/{tenant_id}", json={"name": "Globex Corp"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["name"] == "Globex Corp" and updated.json()["metadata"] == '{"tier":"gold"}'
    patched = http.patch(f"{TENANTS}/{tenant_id}", json={"metadata": "{}"})
    assert patched.status_code == 200 and patched.json()["name"] == "Globex Corp"
    assert http.get(f"{TENANTS}/{tenant_id}").json()[0]["metadata"] == "{}"

    deleted = http.delete(f"{TENANTS}/{tenant_id}")
    assert deleted.status_code == 200, deleted.text
    assert http.get(f"{TENANTS}/{tenant_id}").status_code == 404
    assert http.delete(f"{TENANTS}/{tenant_id}").status_code == 404
    assert tenant_id not in {t["id"] for t in http.get(TENANTS).json()}


@pytest.mark.parametrize(
    "body",
    [{}, {"name": ""}, {"name": 7}, {"name": "x", "tenantId": 5}, [], "Globex"],
    ids=["empty", "blank-name", "int-name", "int-id", "list", "string"],
)
def test_bad_bodies_are_400(http: httpx.Client, body: Any) -> None:
    r = http.post(TENANTS, json=body)
    assert r.status_code == 400, r.text
    assert r.json()["errors"] and r.json()["errorCode"]


def test_bad_update_and_unknown_tenant(http: httpx.Client) -> None:
    tenant_id = http.post(TENANTS, json={"name": "Hooli"}).json()["id"]
    assert http.put(f"{TENANTS}/{tenant_id}", json={"name": ""}).status_code == 400
    assert http.put(f"{TENANTS}/{tenant_id}", json=["x"]).status_code == 400
    assert (
        http.put(f"{TENANTS}/{tenant_id}", content=b"{", headers={"content-type": "application/json"}).status_code
        == 400
    )
    missing = str(uuid.uuid4())
    for method in ("GET", "PUT", "DELETE"):
        r = http.request(method, f"{TENANTS}/{missing}", json={"name": "x"} if method == "PUT" else None)
        assert r.status_code == 404, (method, r.text)
        assert r.json()["errors"]


def test_tokens(emu: EmulatorServer, api: Api) -> None:
    with httpx.Client(base_url=emu.url, timeout=10) as anonymous:
        assert anonymous.get(TENANTS).status_code == 401
        assert anonymous.post(TENANTS, json={"name": "x"}).status_code == 401
        garbage = anonymous.get(TENANTS, headers={"Authorization": "Bearer nope"})
        assert garbage.status_code == 401
        email = api.new_email("tenants")
        api.sign_up(email)
        user = {"Authorization": f"Bearer {api.access_token(email)}"}
        for method, path in (("GET", TENANTS), ("POST", TENANTS), ("DELETE", f"{TENANTS}/{uuid.uuid4()}")):
            r = anonymous.request(method, path, headers=user, json={"name": "x"} if method == "POST" else None)
            assert r.status_code == 403, (method, r.text)
            assert r.json()["errors"] and r.headers.get("frontegg-trace-id")
        env = {"x-access-token": api.env_token()}
        assert anonymous.get(TENANTS, headers=env).status_code == 200


def test_deleting_a_tenant_removes_membership(http: httpx.Client, api: Api) -> None:
    home = http.post(TENANTS, json={"name": "Home"}).json()["id"]
    other = http.post(TENANTS, json={"name": "Other"}).json()["id"]
    email = api.new_email("member")
    created = http.post(
        "/identity/resources/users/v1",
        json={"email": email, "password": PASSWORD},
        headers={"frontegg-tenant-id": home},
    )
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]
    joined = http.post(f"/identity/resources/users/v1/{user_id}/tenant", json={"tenantId": other})
    assert joined.status_code in (200, 201), joined.text
    assert set(_user(http, user_id, home).json()["tenantIds"]) == {home, other}
    loner = http.post(
        "/identity/resources/users/v1", json={"email": api.new_email("loner")}, headers={"frontegg-tenant-id": other}
    ).json()["id"]

    assert http.delete(f"{TENANTS}/{other}").status_code == 200
    after = _user(http, user_id, home)
    assert after.status_code == 200
    assert after.json()["tenantIds"] == [home]
    assert [t["tenantId"] for t in after.json()["tenants"]] == [home]
    assert _user(http, user_id, other).status_code == 404
    # A user who belonged only to the deleted account is gone with it.
    assert http.put(f"/identity/resources/users/v1/{loner}", json={"name": "x"}).status_code == 404
    listed = http.get("/identity/resources/users/v3", params={"_tenantId": other}).json()
    assert listed["items"] == []
    # The remaining member still logs in, into the remaining account.
    login = api.login(email)
    assert login.status_code == 200
    me = api.me(api.body(login)["accessToken"]).json()
    assert me["tenantId"] == home


def test_deleting_the_active_tenant_moves_the_user_to_another(http: httpx.Client, api: Api) -> None:
    first = http.post(TENANTS, json={"name": "First"}).json()["id"]
    second = http.post(TENANTS, json={"name": "Second"}).json()["id"]
    user_id = http.post(
        "/identity/resources/users/v1", json={"email": api.new_email("mover")}, headers={"frontegg-tenant-id": first}
    ).json()["id"]
    http.post(f"/identity/resources/users/v1/{user_id}/tenant", json={"tenantId": second})
    assert http.delete(f"{TENANTS}/{first}").status_code == 200
    view = _user(http, user_id, second).json()
    assert view["tenantId"] == second and view["tenantIds"] == [second]


def test_leaving_an_account_ends_the_sessions_in_it(http: httpx.Client, api: Api) -> None:
    """A user token of an account the user no longer belongs to stops working, the refresh token too."""
    for how in ("remove-user", "delete-tenant"):
        active = http.post(TENANTS, json={"name": f"Active {how}"}).json()["id"]
        spare = http.post(TENANTS, json={"name": f"Spare {how}"}).json()["id"]
        email = api.new_email("leaver")
        user_id = http.post(
            "/identity/resources/users/v1",
            json={"email": email, "password": PASSWORD},
            headers={"frontegg-tenant-id": active},
        ).json()["id"]
        http.post(f"/identity/resources/users/v1/{user_id}/tenant", json={"tenantId": spare})
        browser = httpx.Client(base_url=str(http.base_url), timeout=10)
        login = browser.post("/identity/resources/auth/v1/user", json={"email": email, "password": PASSWORD})
        assert login.status_code == 200, login.text
        token = {"Authorization": f"Bearer {login.json()['accessToken']}"}
        assert browser.get("/identity/resources/users/v3", headers=token).status_code == 200
        if how == "remove-user":
            r = http.delete(f"/identity/resources/users/v1/{user_id}", headers={"frontegg-tenant-id": active})
        else:
            r = http.delete(f"{TENANTS}/{active}")
        assert r.status_code == 200, r.text
        assert browser.get("/identity/resources/users/v3", headers=token).status_code == 401, how
        assert browser.get("/identity/resources/users/v2/me", headers=token).status_code == 401, how
        refreshed = browser.post("/identity/resources/auth/v1/user/token/refresh", json={})
        assert refreshed.status_code == 401, how
        browser.close()
        # The user still exists in the other account and logs in there.
        again = api.login(email)
        assert again.status_code == 200
        assert api.me(api.body(again)["accessToken"]).json()["tenantId"] == spare
