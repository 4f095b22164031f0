"""JWT templates and their targeting rules, through the generated client with an environment token."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_identity.api.core_settings import (
    create_jwt_template,
    create_jwt_template_targeting,
    delete_jwt_template,
    delete_jwt_template_targeting,
    get_jwt_template_by_id,
    get_jwt_template_targeting,
    get_jwt_templates,
    patch_jwt_template_targeting,
    update_jwt_template,
    update_jwt_template_targeting,
)
from frontegg_identity.models.create_jwt_template import CreateJwtTemplate
from frontegg_identity.models.update_jwt_template import UpdateJwtTemplate
from frontegg_identity.models.update_jwt_template_targeting_request import UpdateJwtTemplateTargetingRequest


@pytest.fixture(scope="module")
def client(api: Api) -> Any:
    return api.client(api.env_token())


def _template(key: str, **extra: Any) -> dict[str, Any]:
    return {
        "key": key,
        "name": f"Template {key}",
        "expiration": 3600,
        "algorithm": "RS256",
        "templateSchema": {"claims": {"plan": "{{tenant.metadata.plan}}", "org": "{{tenant.id}}"}},
        **extra,
    }


def _create(client: Any, key: str, **extra: Any) -> dict[str, Any]:
    r = create_jwt_template.sync_detailed(client=client, body=CreateJwtTemplate.from_dict(_template(key, **extra)))
    assert r.status_code == 201, r.content
    check("createJwtTemplate", 201, body_of(r))
    return dict(body_of(r))


def test_template_crud(api: Api, client: Any) -> None:
    key = f"partner-{uuid.uuid4().hex[:6]}"
    created = _create(client, key, description="For partners")
    assert created["key"] == key and created["vendorId"] == api.emu.credentials.client_id
    assert created["templateSchema"]["claims"]["plan"] == "{{tenant.metadata.plan}}"

    r = get_jwt_template_by_id.sync_detailed(created["id"], client=client)
    assert r.status_code == 200 and body_of(r) == created
    check("getJwtTemplateById", 200, body_of(r))

    r = get_jwt_templates.sync_detailed(client=client, keys=[key])
    assert r.status_code == 200
    check("getJwtTemplates", 200, body_of(r))
    assert [t["id"] for t in body_of(r)["items"]] == [created["id"]]

    r = update_jwt_template.sync_detailed(
        created["id"],
        client=client,
        body=UpdateJwtTemplate.from_dict({"name": "Partners", "expiration": 600, "templateSchema": {"claims": {}}}),
    )
    assert r.status_code == 200, r.content
    updated = body_of(r)
    check("updateJwtTemplate", 200, updated)
    assert updated["name"] == "Partners" and updated["expiration"] == 600 and updated["templateSchema"]["claims"] == {}
    assert updated["key"] == key and updated["createdAt"] == created["createdAt"]

    assert delete_jwt_template.sync_detailed(created["id"], client=client).status_code == 204
    r = get_jwt_template_by_id.sync_detailed(created["id"], client=client)
    assert r.status_code == 404 and body_of(r)["errors"]
    assert delete_jwt_template.sync_detailed(created["id"], client=client).status_code == 404


def test_duplicate_key_is_409(client: Any) -> None:
    key = f"dup-{uuid.uuid4().hex[:6]}"
    first = _create(client, key)
    r = create_jwt_template.sync_detailed(client=client, body=CreateJwtTemplate.from_dict(_template(key)))
    assert r.status_code == 409 and body_of(r)["errorCode"]
    other = _create(client, f"other-{uuid.uuid4().hex[:6]}")
    r = update_jwt_template.sync_detailed(other["id"], client=client, body=UpdateJwtTemplate.from_dict({"key": key}))
    assert r.status_code == 409
    for t in (first, other):
        delete_jwt_template.sync_detailed(t["id"], client=client)


@pytest.mark.parametrize(
    "body",
    [
        {"name": "no key", "expiration": 60, "algorithm": "RS256", "templateSchema": {"claims": {}}},
        _template("short", expiration=5),
        _template("algo", algorithm="ES256"),
        _template("claims", templateSchema={}),
        _template("claims-type", templateSchema={"claims": "nope"}),
    ],
)
def test_invalid_body_is_400(api: Api, client: Any, body: dict[str, Any]) -> None:
    r = api.http.post("/identity/resources/jwt-templates/v1", json=body, headers=client._headers)
    assert r.status_code == 400
    assert r.json()["errors"] and r.json()["errorCode"]


def test_list_filters_sorting_and_paging(client: Any) -> None:
    tag = uuid.uuid4().hex[:6]
    made = [_create(client, f"{name}-{tag}") for name in ("bravo", "alpha", "charlie")]
    keys = [t["key"] for t in made]
    r = get_jwt_templates.sync_detailed(client=client, keys=keys, field_sort_by="key", field_order="DESC")
    assert [t["key"] for t in body_of(r)["items"]] == sorted(keys, reverse=True)
    r = get_jwt_templates.sync_detailed(client=client, keys=keys, field_sort_by="key", field_limit=2, field_offset=1)
    body = body_of(r)
    assert [t["key"] for t in body["items"]] == [f"charlie-{tag}"]
    assert body["_metadata"] == {"totalItems": 3, "totalPages": 2}
    r = get_jwt_templates.sync_detailed(client=client, ids=[made[0]["id"], made[2]["id"]])
    assert {t["id"] for t in body_of(r)["items"]} == {made[0]["id"], made[2]["id"]}
    for t in made:
        delete_jwt_template.sync_detailed(t["id"], client=client)


def test_templates_are_environment_only(api: Api) -> None:
    email = api.new_email("jwt")
    api.sign_up(email)
    user = api.client(api.access_token(email))
    assert get_jwt_templates.sync_detailed(client=user).status_code == 403
    assert get_jwt_templates.sync_detailed(client=api.client()).status_code == 401


def test_targeting(client: Any) -> None:
    template = _create(client, f"target-{uuid.uuid4().hex[:6]}")
    assert get_jwt_template_targeting.sync_detailed(client=client).status_code == 404  # not configured yet

    rule = {
        "conditionLogic": "and",
        "conditions": [{"attribute": "tenantId", "op": "in_list", "value": {"list": ["t-1"]}, "negate": False}],
        "treatment": template["id"],
    }
    r = create_jwt_template_targeting.sync_detailed(
        client=client, body=UpdateJwtTemplateTargetingRequest.from_dict({"rules": [rule]})
    )
    assert r.status_code == 201, r.content
    created = body_of(r)
    check("createJwtTemplateTargeting", 201, created)
    assert created["targeting"]["rules"] == [rule]

    unknown = {**rule, "treatment": "no-such-template"}
    r = update_jwt_template_targeting.sync_detailed(
        client=client, body=UpdateJwtTemplateTargetingRequest.from_dict({"rules": [unknown]})
    )
    assert r.status_code == 404

    by_key = {**rule, "treatment": template["key"]}
    r = update_jwt_template_targeting.sync_detailed(
        client=client, body=UpdateJwtTemplateTargetingRequest.from_dict({"rules": [rule, by_key]})
    )
    assert r.status_code == 200
    r = get_jwt_template_targeting.sync_detailed(client=client)
    check("getJwtTemplateTargeting", 200, body_of(r))
    assert body_of(r)["id"] == created["id"] and len(body_of(r)["targeting"]["rules"]) == 2

    r = patch_jwt_template_targeting.sync_detailed(
        created["id"], client=client, body=UpdateJwtTemplateTargetingRequest.from_dict({"rules": []})
    )
    assert r.status_code == 200
    missing = patch_jwt_template_targeting.sync_detailed(
        str(uuid.uuid4()), client=client, body=UpdateJwtTemplateTargetingRequest.from_dict({"rules": []})
    )
    assert missing.status_code == 404
    assert delete_jwt_template_targeting.sync_detailed(created["id"], client=client).status_code == 200
    assert get_jwt_template_targeting.sync_detailed(client=client).status_code == 404
    assert delete_jwt_template_targeting.sync_detailed(created["id"], client=client).status_code == 404
    delete_jwt_template.sync_detailed(template["id"], client=client)
