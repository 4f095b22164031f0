"""Email-domain and IP restrictions of an environment or of one account, and where they apply. No HTTP.

Both kinds live in ``env.records``: each restriction is a document of its collection keyed by id and
tagged with its scope (``tenantId``: an account's id, or ``""`` for the whole environment); the
configuration of a scope (is it on, which list applies) is a document of a config collection keyed by
the scope. A scope whose configuration was never written is off.

- Email domains: with the configuration active, an ``ALLOW`` list admits only addresses whose domain
  (or a parent domain) is listed; a ``BLOCK`` list refuses listed domains; ``blockPublicDomains``
  refuses well-known free mail providers as well. ``check_email_domain`` raises ``Forbidden``.
- IPs: entries are addresses or CIDR ranges (IPv4 or IPv6) with their own strategy and active flag.
  With the configuration active, ``ALLOW`` admits only addresses inside an active ALLOW entry and
  ``BLOCK`` refuses addresses inside an active BLOCK entry. ``check_ip`` raises ``Forbidden``.

An account's rules add to the environment's: a check in an account must pass both scopes.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from . import failures, proxies, security
from .model import Environment, new_id

DOMAINS = "emailDomainRestrictions"
DOMAIN_CONFIGS = "emailDomainRestrictionConfigs"
IPS = "ipRestrictions"
IP_CONFIGS = "ipRestrictionConfigs"
ENVIRONMENT_SCOPE = ""

DOMAIN_CONFIG_DEFAULTS: dict[str, Any] = {"active": False, "listType": "BLOCK", "blockPublicDomains": False}
IP_CONFIG_DEFAULTS: dict[str, Any] = {"isActive": False, "strategy": "BLOCK"}
# Free mail providers refused by ``blockPublicDomains`` (the common ones; not exhaustive).
PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "mail.com",
        "gmx.com",
        "gmx.net",
        "proton.me",
        "protonmail.com",
        "yandex.com",
        "yandex.ru",
        "zoho.com",
        "mail.ru",
        "qq.com",
        "163.com",
    }
)


def scope_of(tenant_id: str | None) -> str:
    return tenant_id or ENVIRONMENT_SCOPE


def _scopes(tenant_id: str | None) -> list[str]:
    return [ENVIRONMENT_SCOPE, *([tenant_id] if tenant_id else [])]


# ------------------------------------------------------------------ email domains
def normalise_domain(domain: str) -> str:
    return domain.strip().lower().lstrip("@").rstrip(".")


def domain_config(env: Environment, tenant_id: str | None) -> dict[str, Any]:
    stored = env.collection(DOMAIN_CONFIGS).get(scope_of(tenant_id), {})
    return {**DOMAIN_CONFIG_DEFAULTS, **stored}


def save_domain_config(
    env: Environment, tenant_id: str | None, *, active: bool, list_type: str | None, block_public: bool | None
) -> dict[str, Any]:
    config = domain_config(env, tenant_id)
    config["active"] = active
    if list_type is not None:
        config["listType"] = list_type
    if block_public is not None:
        config["blockPublicDomains"] = block_public
    env.collection(DOMAIN_CONFIGS)[scope_of(tenant_id)] = config
    return config


def domain_restrictions(env: Environment, tenant_id: str | None) -> list[dict[str, Any]]:
    scope = scope_of(tenant_id)
    found = [r for r in env.collection(DOMAINS).values() if r["tenantId"] == scope]
    return sorted(found, key=lambda r: (r["createdAt"], r["domain"]))


def add_domain_restriction(env: Environment, tenant_id: str | None, domain: str, list_type: str) -> dict[str, Any]:
    """A new restriction; the same domain twice in one list (any case) is a ``Conflict``."""
    wanted = normalise_domain(domain)
    for existing in domain_restrictions(env, tenant_id):
        if existing["domain"] == wanted and existing["type"] == list_type:
            raise failures.DomainAlreadyListed(domain=wanted, list_type=list_type)
    record: dict[str, Any] = {
        "id": new_id(),
        "domain": wanted,
        "type": list_type,
        "tenantId": scope_of(tenant_id),
        "createdAt": security.now(env),
    }
    env.collection(DOMAINS)[record["id"]] = record
    return record


def replace_domain_restrictions(
    env: Environment, tenant_id: str | None, domains: list[str], list_type: str
) -> list[dict[str, Any]]:
    """Replace the scope's list of this type with these domains (duplicates collapse into one)."""
    scope = scope_of(tenant_id)
    collection = env.collection(DOMAINS)
    for record in [r for r in collection.values() if r["tenantId"] == scope and r["type"] == list_type]:
        del collection[record["id"]]
    at = security.now(env)
    created = []
    for domain in dict.fromkeys(normalise_domain(d) for d in domains):
        record = {"id": new_id(), "domain": domain, "type": list_type, "tenantId": scope, "createdAt": at}
        collection[record["id"]] = record
        created.append(record)
    return created


def delete_domain_restriction(env: Environment, tenant_id: str | None, restriction_id: str) -> None:
    record = env.collection(DOMAINS).get(restriction_id)
    if record is None or record["tenantId"] != scope_of(tenant_id):
        raise failures.DomainRestrictionNotFound()
    del env.collection(DOMAINS)[restriction_id]


def _domain_matches(domain: str, listed: str) -> bool:
    return domain == listed or domain.endswith("." + listed)


def email_domain_allowed(env: Environment, email: str, tenant_id: str | None = None) -> bool:
    domain = normalise_domain(email.rsplit("@", 1)[-1])
    for scope in _scopes(tenant_id):
        config = domain_config(env, scope)
        if not config["active"]:
            continue
        if config["blockPublicDomains"] and domain in PUBLIC_DOMAINS:
            return False
        listed = [r["domain"] for r in domain_restrictions(env, scope) if r["type"] == config["listType"]]
        hit = any(_domain_matches(domain, entry) for entry in listed)
        if (config["listType"] == "ALLOW") != hit:
            return False
    return True


def check_email_domain(env: Environment, email: str, tenant_id: str | None = None) -> None:
    """Refuse (403) an address whose domain the environment's, or the account's, restrictions exclude."""
    if not email_domain_allowed(env, email, tenant_id):
        raise failures.EmailDomainRefused()


# ------------------------------------------------------------------ IPs
def ip_config(env: Environment, tenant_id: str | None) -> dict[str, Any]:
    stored = env.collection(IP_CONFIGS).get(scope_of(tenant_id), {})
    return {**IP_CONFIG_DEFAULTS, **stored}


def save_ip_config(
    env: Environment, tenant_id: str | None, *, strategy: str | None, is_active: bool | None
) -> dict[str, Any]:
    config = ip_config(env, tenant_id)
    if strategy is not None:
        config["strategy"] = strategy
    if is_active is not None:
        config["isActive"] = is_active
    config["updatedAt"] = security.now(env)
    config.setdefault("createdAt", config["updatedAt"])
    env.collection(IP_CONFIGS)[scope_of(tenant_id)] = config
    return config


def ip_restrictions(env: Environment, tenant_id: str | None) -> list[dict[str, Any]]:
    scope = scope_of(tenant_id)
    found = [r for r in env.collection(IPS).values() if r["tenantId"] == scope]
    return sorted(found, key=lambda r: (r["createdAt"], r["ip"]))


def upsert_ip_restriction(
    env: Environment, tenant_id: str | None, ip: str, strategy: str, is_active: bool | None, description: str | None
) -> dict[str, Any]:
    """Create the scope's entry for this address or range, or update the one it already has."""
    text = ip.strip()
    at = security.now(env)
    existing = next((r for r in ip_restrictions(env, tenant_id) if r["ip"] == text), None)
    if existing is not None:
        existing.update(strategy=strategy, updatedAt=at)
        if is_active is not None:
            existing["isActive"] = is_active
        if description is not None:
            existing["description"] = description
        return existing
    record: dict[str, Any] = {
        "id": new_id(),
        "ip": text,
        "strategy": strategy,
        "isActive": True if is_active is None else is_active,
        "description": description or "",
        "tenantId": scope_of(tenant_id),
        "createdAt": at,
        "updatedAt": at,
    }
    env.collection(IPS)[record["id"]] = record
    return record


def delete_ip_restriction(env: Environment, tenant_id: str | None, restriction_id: str) -> None:
    record = env.collection(IPS).get(restriction_id)
    if record is None or record["tenantId"] != scope_of(tenant_id):
        raise failures.IpRestrictionNotFound()
    del env.collection(IPS)[restriction_id]


def ip_matches(ip: str, entry: str) -> bool:
    """Whether ``ip`` is inside the address or range ``entry``; an entry that is neither matches nothing."""
    try:
        network = ipaddress.ip_network(entry, strict=False)
    except ValueError:
        return False
    return proxies.address_in(ip, (network,))


def in_list(env: Environment, tenant_id: str | None, ip: str, strategy: str) -> bool:
    """Whether an active entry of this strategy in the scope covers the address."""
    return any(
        r["isActive"] and r["strategy"] == strategy and ip_matches(ip, r["ip"]) for r in ip_restrictions(env, tenant_id)
    )


def ip_allowed_in_scope(env: Environment, tenant_id: str | None, ip: str) -> bool:
    config = ip_config(env, tenant_id)
    if not config["isActive"]:
        return True
    if config["strategy"] == "ALLOW":
        return in_list(env, tenant_id, ip, "ALLOW")
    return not in_list(env, tenant_id, ip, "BLOCK")


def ip_allowed(env: Environment, ip: str, tenant_id: str | None = None) -> bool:
    return all(ip_allowed_in_scope(env, scope or None, ip) for scope in _scopes(tenant_id))


def check_ip(env: Environment, ip: str, tenant_id: str | None = None) -> None:
    """Refuse (403) a request from an address the environment's, or the account's, IP rules exclude."""
    if not ip_allowed(env, ip, tenant_id):
        raise failures.IpRefused()
