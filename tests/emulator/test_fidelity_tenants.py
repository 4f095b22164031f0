"""Replays of what public clients of the real Tenants API send and decode, one scenario per behaviour.

Clients read (facts only): MaterializeInc/rust-frontegg src/client/tenants.rs + src/serde.rs,
frontegg/terraform-provider-frontegg provider/resource_frontegg_tenant.go, wheniwork/frontegg-go
clients/tenants, hinthealth/frontegg-ruby lib/frontegg/tenant.rb.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from emulator_api import Api
from response_schema import check

from frontegg_emulator import EmulatorServer

V1 = "/tenants/resources/tenants/v1"
V2 = "/tenants/resources/tenants/v2"


@pytest.fixture(scope="module")
def http(emu: EmulatorServer, api: Api) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.url, timeout=10, headers={"Authorization": f"Bearer {api.env_token()}"}) as c:
        yield c


def _ok(r: httpx.Response, operation_id: str, status: int = 200) -> Any:
    assert r.status_code == status, (operation_id, r.status_code, r.text)
    body = r.json() if r.content else None
    check(operation_id, status, body)
    return body


def test_rust_creates_with_object_metadata_and_decodes_it_from_a_string(http: httpx.Client) -> None:
    # rust-frontegg TenantRequest: tenantId (a UUID it chose), name, metadata as a JSON value.
    tenant_id = str(uuid.uuid4())
    created = _ok(
        http.post(V1, json={"tenantId": tenant_id, "name": "Rusty", "metadata": {"plan": "pro", "seats": 3}}),
        "createTenant",
        201,
    )
    # Its Tenant struct reads tenantId, name, createdAt, updatedAt, deletedAt, and metadata through
    # nested_json: the field is a string holding JSON.
    assert created["tenantId"] == tenant_id
    assert isinstance(created["metadata"], str)
    assert json.loads(created["metadata"]) == {"plan": "pro", "seats": 3}
    assert created["deletedAt"] is None and created["createdAt"] and created["updatedAt"]
    # get_tenant decodes Vec<Tenant> and pops the last element.
    listed = _ok(http.get(f"{V1}/{tenant_id}"), "getTenant")
    assert isinstance(listed, list) and len(listed) == 1
    assert json.loads(listed[-1]["metadata"]) == {"plan": "pro", "seats": 3}
    # list_tenants decodes a bare array of the same struct.
    everything = _ok(http.get(V1), "listTenants")
    assert tenant_id in {t["tenantId"] for t in everything}
    # delete_tenant accepts any body (its Empty type).
    assert http.delete(f"{V1}/{tenant_id}").status_code == 200
    assert http.get(f"{V1}/{tenant_id}").status_code == 404


def test_number_metadata_is_answered_as_text_too(http: httpx.Client) -> None:
    created = _ok(http.post(V1, json={"name": "Numeric", "metadata": 42}), "createTenant", 201)
    assert created["metadata"] == "42"


def test_ruby_sends_metadata_already_encoded(http: httpx.Client) -> None:
    # frontegg-ruby Tenant#create sends metadata.to_json, and update does the same over PUT v1/{id}.
    tenant_id = f"ruby-{uuid.uuid4().hex[:8]}"
    body = {"tenantId": tenant_id, "name": "Gem", "website": None, "logoUrl": None, "isReseller": False}
    created = _ok(http.post(V1, json={**body, "metadata": json.dumps({"a": 1})}), "createTenant", 201)
    assert json.loads(created["metadata"]) == {"a": 1}
    updated = _ok(
        http.put(f"{V1}/{tenant_id}", json={**body, "name": "Gem 2", "metadata": json.dumps({"b": 2})}),
        "updateTenant",
    )
    assert updated["name"] == "Gem 2" and json.loads(updated["metadata"]) == {"b": 2}
    # Tenant#list reads v2 with _filter and _limit.
    page = _ok(http.get(V2, params={"_filter": "gem 2", "_limit": 10}), "listTenantsV2")
    assert [t["tenantId"] for t in page["items"]] == [tenant_id]


def test_terraform_merges_and_removes_metadata_keys(http: httpx.Client) -> None:
    # The provider creates without metadata, then POSTs {metadata: {...}} to v1/{id}/metadata and reads
    # the answer's metadata (a "jsonified string") for the keys it manages.
    key = f"tf-{uuid.uuid4().hex[:8]}"
    _ok(
        http.post(V1, json={"tenantId": key, "name": "Terraformed", "applicationUrl": "https://app.example"}),
        "createTenant",
        201,
    )
    # A key set outside Terraform must survive the provider's merges.
    outside = _ok(http.post(f"{V1}/{key}/metadata", json={"metadata": {"owner": "ops"}}), "addTenantMetadata")
    assert json.loads(outside["metadata"]) == {"owner": "ops"}
    merged = _ok(
        http.post(f"{V1}/{key}/metadata", json={"metadata": {"env": "prod", "team": "a"}}), "addTenantMetadata"
    )
    assert json.loads(merged["metadata"]) == {"owner": "ops", "env": "prod", "team": "a"}
    # On update it deletes each key dropped from its config, one DELETE per key.
    removed = _ok(http.delete(f"{V1}/{key}/metadata/team"), "deleteTenantMetadata")
    assert json.loads(removed["metadata"]) == {"owner": "ops", "env": "prod"}
    again = _ok(http.delete(f"{V1}/{key}/metadata/team"), "deleteTenantMetadata")
    assert json.loads(again["metadata"]) == {"owner": "ops", "env": "prod"}
    # Read searches the v1 array for its key; applicationUrl round-trips.
    (read,) = _ok(http.get(f"{V1}/{key}"), "getTenant")
    assert read["tenantId"] == key and read["applicationUrl"] == "https://app.example"
    assert http.post(f"{V1}/missing-{key}/metadata", json={"metadata": {"x": "y"}}).status_code == 404
    assert http.post(f"{V1}/{key}/metadata", json={"metadata": "not-an-object"}).status_code == 400


def test_go_creates_on_v1_with_creator_and_updates_on_v2(http: httpx.Client) -> None:
    # frontegg-go CreateTenantRequest (v1) carries creatorName/creatorEmail and profile fields; GetTenant
    # and UpdateTenant use v2/{id} and decode one Tenant object.
    created = _ok(
        http.post(
            V1,
            json={
                "name": "Gopher",
                "creatorName": "Ada Lovelace",
                "creatorEmail": "ada@example.com",
                "timezone": "Europe/London",
                "currency": "GBP",
                "isReseller": True,
            },
        ),
        "createTenant",
        201,
    )
    tenant_id = created["tenantId"]
    assert created["creatorName"] == "Ada Lovelace" and created["creatorEmail"] == "ada@example.com"
    assert created["isReseller"] is True and created["timezone"] == "Europe/London"
    one = _ok(http.get(f"{V2}/{tenant_id}"), "getTenantV2")
    assert isinstance(one, dict) and one["creatorEmail"] == "ada@example.com" and one["vendorId"]
    updated = _ok(http.put(f"{V2}/{tenant_id}", json={"name": "Gopher Inc", "currency": "EUR"}), "updateTenantV2")
    assert updated["name"] == "Gopher Inc" and updated["currency"] == "EUR"
    assert updated["creatorName"] == "Ada Lovelace"
    assert http.get(f"{V2}/{uuid.uuid4()}").status_code == 404


def test_v2_listing_pages_as_clients_walk_it(http: httpx.Client) -> None:
    # frontegg-go FronteggPagination: items, _metadata.totalItems/totalPages, _links.next/prev/first/last.
    # Scripts step _offset by _limit (a record count) or follow _links.next until it is absent.
    prefix = f"pager-{uuid.uuid4().hex[:6]}"
    ids = [_ok(http.post(V1, json={"name": f"{prefix} {n}"}), "createTenant", 201)["tenantId"] for n in range(5)]
    first = _ok(http.get(V2, params={"_limit": 2, "_filter": prefix}), "listTenantsV2")
    assert first["_metadata"] == {"totalItems": 5, "totalPages": 3}
    assert "prev" not in first["_links"] and first["_links"]["first"].startswith(V2)
    walked: list[str] = []
    page: dict[str, Any] = first
    while True:
        walked += [t["tenantId"] for t in page["items"]]
        nxt = page["_links"].get("next")
        if not nxt:
            break
        page = _ok(http.get(nxt), "listTenantsV2")
    assert walked == ids
    by_offset = _ok(http.get(V2, params={"_limit": 2, "_offset": 4, "_filter": prefix}), "listTenantsV2")
    assert [t["tenantId"] for t in by_offset["items"]] == ids[4:]
    chosen = _ok(http.get(V2, params={"_tenantIds": f"{ids[0]},{ids[3]}"}), "listTenantsV2")
    assert [t["tenantId"] for t in chosen["items"]] == [ids[0], ids[3]]
    assert http.get(V2, params={"_limit": 0}).status_code == 400
