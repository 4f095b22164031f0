"""Email-domain and IP restrictions: lists, configuration, scopes, and where the rules apply."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_emulator.domain import restrictions
from frontegg_emulator.state import Emulation
from frontegg_identity.api.domain_restrictions import (
    create_bulk_domains_restriction,
    create_domain_restriction,
    delete_domain_restriction,
    get_domain_restrictions,
    get_domain_restrictions_config,
    update_domain_restrictions_config,
)
from frontegg_identity.api.ip_restrictions import (
    create_ip_restriction,
    delete_ip_restriction_by_id,
    get_ip_restriction_config,
    list_ip_restrictions,
    test_current_ip,
    test_current_ip_in_allow_list,
    upsert_ip_restriction_config,
)
from frontegg_identity.models import (
    CreateOrUpdateIpRestriction,
    CreateOrUpdateIpRestrictionConfig,
    DomainRestrictionsBulkRequestRequest,
    DomainRestrictionsConfigUpdateRequest,
    DomainRestrictionsCreateRequest,
)


@pytest.fixture(scope="module")
def env(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(autouse=True)
def clean(api: Api) -> None:
    api.http.post("/_emulator/reset").raise_for_status()


def _domain(env: Any, domain: str, kind: str = "BLOCK") -> dict[str, Any]:
    r = create_domain_restriction.sync_detailed(
        client=env,
        body=DomainRestrictionsCreateRequest.from_dict({"domain": domain, "type": kind}),
    )
    assert r.status_code == 201, r.content
    check("createDomainRestriction", 201, body_of(r))
    return dict(body_of(r))


def _domain_config(env: Any, **values: Any) -> dict[str, Any]:
    r = update_domain_restrictions_config.sync_detailed(
        client=env, body=DomainRestrictionsConfigUpdateRequest.from_dict(values)
    )
    assert r.status_code == 201, r.content
    check("updateDomainRestrictionsConfig", 201, body_of(r))
    return dict(body_of(r))


def _sign_up(api: Api, email: str) -> httpx.Response:
    return api.http.post(
        "/identity/resources/users/v1/signUp",
        json={"provider": "local", "email": email, "password": "Correct-horse-9", "companyName": "Acme"},
    )


# ------------------------------------------------------------------ email domains
def test_domain_restrictions_crud_and_duplicates(env: Any) -> None:
    r = get_domain_restrictions_config.sync_detailed(client=env)
    assert body_of(r) == {"active": False, "listType": "BLOCK", "blockPublicDomains": False}
    check("getDomainRestrictionsConfig", 200, body_of(r))

    created = _domain(env, "Evil.Example")
    assert created["domain"] == "evil.example" and created["type"] == "BLOCK"
    duplicate = create_domain_restriction.sync_detailed(
        client=env, body=DomainRestrictionsCreateRequest.from_dict({"domain": "evil.example", "type": "BLOCK"})
    )
    assert duplicate.status_code == 409
    assert body_of(duplicate)["errors"]

    listed = get_domain_restrictions.sync_detailed(client=env)
    check("getDomainRestrictions", 200, body_of(listed))
    assert [i["domain"] for i in body_of(listed)["items"]] == ["evil.example"]
    assert body_of(listed)["_metadata"] == {"totalItems": 1, "totalPages": 1}

    assert delete_domain_restriction.sync_detailed(created["id"], client=env).status_code == 200
    assert delete_domain_restriction.sync_detailed(created["id"], client=env).status_code == 404
    assert body_of(get_domain_restrictions.sync_detailed(client=env))["items"] == []


def test_bulk_replace_swaps_one_list(env: Any) -> None:
    _domain(env, "keep.example", "ALLOW")
    _domain(env, "old.example", "BLOCK")
    r = create_bulk_domains_restriction.sync_detailed(
        client=env,
        body=DomainRestrictionsBulkRequestRequest.from_dict(
            {"type": "BLOCK", "domains": ["a.example", "B.example", "a.example"]}
        ),
    )
    assert r.status_code == 201, r.content
    check("createBulkDomainsRestriction", 201, body_of(r))
    assert [i["domain"] for i in body_of(r)] == ["a.example", "b.example"]
    items = body_of(get_domain_restrictions.sync_detailed(client=env))["items"]
    assert sorted((i["type"], i["domain"]) for i in items) == [
        ("ALLOW", "keep.example"),
        ("BLOCK", "a.example"),
        ("BLOCK", "b.example"),
    ]


def test_block_list_refuses_sign_up_with_403(api: Api, env: Any) -> None:
    _domain(env, "blocked.example")
    _domain_config(env, active=True, type="BLOCK")
    refused = _sign_up(api, api.new_email("x").replace("example.com", "sub.blocked.example"))
    assert refused.status_code == 403
    assert refused.json()["errors"]
    assert _sign_up(api, api.new_email("fine")).status_code == 201


def test_allow_list_and_public_domains(env: Any) -> None:
    emulation = Emulation()
    domain_env = emulation.create_environment()
    restrictions.add_domain_restriction(domain_env, None, "corp.example", "ALLOW")
    restrictions.save_domain_config(domain_env, None, active=True, list_type="ALLOW", block_public=True)
    assert restrictions.email_domain_allowed(domain_env, "a@corp.example")
    assert restrictions.email_domain_allowed(domain_env, "a@eu.corp.example")
    assert not restrictions.email_domain_allowed(domain_env, "a@other.example")
    restrictions.save_domain_config(domain_env, None, active=True, list_type="BLOCK", block_public=True)
    assert not restrictions.email_domain_allowed(domain_env, "a@gmail.com")
    assert restrictions.email_domain_allowed(domain_env, "a@other.example")
    # An account's own list adds to the environment's.
    restrictions.add_domain_restriction(domain_env, "t1", "other.example", "BLOCK")
    restrictions.save_domain_config(domain_env, "t1", active=True, list_type="BLOCK", block_public=None)
    assert not restrictions.email_domain_allowed(domain_env, "a@other.example", "t1")
    assert restrictions.email_domain_allowed(domain_env, "a@other.example", "t2")
    with pytest.raises(Exception) as refused:
        restrictions.check_email_domain(domain_env, "a@other.example", "t1")
    assert getattr(refused.value, "status", None) == 403


def test_config_update_keeps_unset_fields(env: Any) -> None:
    assert _domain_config(env, active=True, type="ALLOW", blockPublicDomains=True) == {
        "active": True,
        "listType": "ALLOW",
        "blockPublicDomains": True,
    }
    assert _domain_config(env, active=False)["listType"] == "ALLOW"


def test_account_scope_with_a_user_token(api: Api, env: Any) -> None:
    email = api.new_email("restrict-admin")
    api.sign_up(email)
    admin = api.client(api.access_token(email))
    _domain(admin, "mine.example")
    assert [i["domain"] for i in body_of(get_domain_restrictions.sync_detailed(client=admin))["items"]] == [
        "mine.example"
    ]
    assert body_of(get_domain_restrictions.sync_detailed(client=env))["items"] == []


# ------------------------------------------------------------------ IPs
def _ip(env: Any, ip: str, strategy: str = "ALLOW", **extra: Any) -> dict[str, Any]:
    r = create_ip_restriction.sync_detailed(
        client=env, body=CreateOrUpdateIpRestriction.from_dict({"ip": ip, "strategy": strategy, **extra})
    )
    assert r.status_code == 201, r.content
    return dict(body_of(r))


def _ip_config(env: Any, **values: Any) -> None:
    r = upsert_ip_restriction_config.sync_detailed(client=env, body=CreateOrUpdateIpRestrictionConfig.from_dict(values))
    assert r.status_code == 201, r.content


def _valid(response: Any) -> bool:
    assert response.status_code == 201, response.content
    return bool(body_of(response)["valid"])


def test_ip_restrictions_list_page_and_delete(env: Any) -> None:
    assert body_of(get_ip_restriction_config.sync_detailed(client=env)) == {"strategy": "BLOCK", "isActive": False}
    first = _ip(env, "10.0.0.0/8")
    _ip(env, "192.0.2.7", "BLOCK")
    again = _ip(env, "10.0.0.0/8", "BLOCK", isActive=False)
    assert again["id"] == first["id"] and again["strategy"] == "BLOCK" and again["isActive"] is False

    r = list_ip_restrictions.sync_detailed(client=env, field_limit=1, field_offset=1)
    check("listIpRestrictions", 200, body_of(r))
    assert body_of(r)["_metadata"] == {"totalItems": 2, "totalPages": 2}
    assert [i["ip"] for i in body_of(r)["items"]] == ["192.0.2.7"]
    filtered = body_of(list_ip_restrictions.sync_detailed(client=env, field_filter_="10.0"))["items"]
    assert [i["ip"] for i in filtered] == ["10.0.0.0/8"]

    assert delete_ip_restriction_by_id.sync_detailed(first["id"], client=env).status_code == 200
    assert delete_ip_restriction_by_id.sync_detailed(first["id"], client=env).status_code == 404


def test_current_ip_against_allow_and_block_lists(env: Any) -> None:
    # The emulator sees the test client at 127.0.0.1.
    assert _valid(test_current_ip.sync_detailed(client=env))
    assert not _valid(test_current_ip_in_allow_list.sync_detailed(client=env))

    _ip(env, "127.0.0.0/8", "ALLOW")
    assert _valid(test_current_ip_in_allow_list.sync_detailed(client=env))
    _ip_config(env, strategy="ALLOW", isActive=True)
    assert _valid(test_current_ip.sync_detailed(client=env))

    _ip(env, "127.0.0.1", "BLOCK")
    _ip_config(env, strategy="BLOCK")
    assert body_of(get_ip_restriction_config.sync_detailed(client=env)) == {"strategy": "BLOCK", "isActive": True}
    assert not _valid(test_current_ip.sync_detailed(client=env))
    _ip_config(env, isActive=False)
    assert _valid(test_current_ip.sync_detailed(client=env))


def test_check_ip_rules() -> None:
    ip_env = Emulation().create_environment()
    restrictions.upsert_ip_restriction(ip_env, None, "2001:db8::/32", "ALLOW", None, None)
    restrictions.upsert_ip_restriction(ip_env, None, "203.0.113.5", "ALLOW", False, None)
    restrictions.upsert_ip_restriction(ip_env, None, "not an address", "ALLOW", None, None)
    restrictions.save_ip_config(ip_env, None, strategy="ALLOW", is_active=True)
    assert restrictions.ip_allowed(ip_env, "2001:db8::1")
    assert not restrictions.ip_allowed(ip_env, "203.0.113.5")  # its entry is inactive
    assert not restrictions.ip_allowed(ip_env, "198.51.100.1")
    assert not restrictions.ip_allowed(ip_env, "garbage")
    with pytest.raises(Exception) as refused:
        restrictions.check_ip(ip_env, "198.51.100.1")
    assert getattr(refused.value, "status", None) == 403
    assert restrictions.ip_matches("::ffff:10.1.2.3", "10.0.0.0/8")
