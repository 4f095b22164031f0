"""Credentials the suite acts with, created through the API itself.

An environment token for management operations, and a signed-up, activated, logged-in user (with the
account created by sign-up) for user-token operations, so generated requests reach real behaviour.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .target import Target


@dataclass
class Actors:
    environment_token: str = field(repr=False)
    user_token: str | None = field(default=None, repr=False)
    user_id: str | None = None
    tenant_id: str | None = None
    email: str | None = None
    # Objects that exist on the target, by the path parameter that names them (see world_for).
    world: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Actors(user_id={self.user_id!r}, tenant_id={self.tenant_id!r}, tokens='***')"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))  # keep tokens out of hypothesis' falsifying-example output

    def headers_for(self, security: list[dict[str, Any]]) -> dict[str, str]:
        """Authorization for an operation: the first accepted scheme we hold a token for."""
        for requirement in security:
            if "environmentToken" in requirement:
                return {"Authorization": f"Bearer {self.environment_token}"}
            if "userToken" in requirement and self.user_token:
                return {"Authorization": f"Bearer {self.user_token}"}
        return {}


def sign_up_user(target: Target) -> tuple[str, str, str, str]:
    """Sign a fresh user up, activate and log in; returns (access token, user id, tenant id, email)."""
    email = f"contract-{secrets.token_hex(6)}@example.com"
    password = secrets.token_urlsafe(12)
    with httpx.Client(base_url=target.identity_url, timeout=30) as http:
        signed = http.post(
            "/resources/users/v1/signUp",
            json={"provider": "local", "email": email, "password": password, "companyName": "Contract Co"},
        )
        signed.raise_for_status()
        body = signed.json()
        if body.get("shouldActivate"):
            token = body.get("activationToken") or _activation_token_from_outbox(target, email)
            http.post(
                "/resources/users/v1/activate", json={"userId": body["userId"], "token": token}
            ).raise_for_status()
        login = http.post("/resources/auth/v1/user", json={"email": email, "password": password})
        login.raise_for_status()
        tokens = login.json()
    return tokens["accessToken"], body["userId"], body["tenantId"], email


def _activation_token_from_outbox(target: Target, email: str) -> str:
    outbox = httpx.get(target.gateway_url + "/_emulator/outbox", params={"to": email, "kind": "activation"}).json()
    token: str = outbox["messages"][-1]["token"]
    return token


# Path parameters named "id" take the object of the path's resource: the longest prefix wins.
_ID_BY_PREFIX = (
    ("/resources/permissions/v1/categories/", "categoryId"),
    ("/resources/permissions/v1/", "permissionId"),
    ("/resources/roles/v1/", "roleId"),
    ("/resources/groups/v1/", "groupId"),
)


def build_world(target: Target, actors: Actors) -> dict[str, str]:
    """Create, in the actor's account, one object of each kind most path parameters name: another
    member (userId, so an operation on it never removes the actor), a role, a permission category, a
    permission and a group. Without them generated ids only ever met 404 (issue 18)."""
    headers = {"Authorization": f"Bearer {actors.environment_token}", "frontegg-tenant-id": actors.tenant_id or ""}
    created: dict[str, str] = {}
    with httpx.Client(base_url=target.identity_url + "/resources", headers=headers, timeout=30) as http:
        member = http.post("/users/v1", json={"email": f"member-{secrets.token_hex(6)}@example.com", "name": "Member"})
        member.raise_for_status()
        created["userId"] = member.json()["id"]
        role = http.post(
            "/roles/v1", json=[{"key": f"contract-{secrets.token_hex(4)}", "name": "Contract", "level": 1}]
        )
        role.raise_for_status()
        created["roleId"] = role.json()[0]["id"]
        category = http.post("/permissions/v1/categories", json={"name": f"Contract {secrets.token_hex(4)}"})
        category.raise_for_status()
        created["categoryId"] = category.json()["id"]
        permission = http.post("/permissions/v1", json=[{"key": f"contract.{secrets.token_hex(4)}", "name": "Read"}])
        permission.raise_for_status()
        created["permissionId"] = permission.json()[0]["id"]
        group = http.post("/groups/v1", json={"name": f"Contract {secrets.token_hex(4)}"})
        group.raise_for_status()
        created["groupId"] = group.json()["id"]
    return created


# Headers naming the account and the user a call acts as: valid data names the actor's own, so an
# operation on the world's objects (created in that account) can reach its success; generated values
# only ever named an unknown account (404) or user.
USER_HEADER = "frontegg-user-id"
_ACTOR_HEADERS = {"frontegg-tenant-id": "tenant_id", USER_HEADER: "user_id"}


def actor_headers(headers: Mapping[str, Any] | None, actors: Actors) -> dict[str, Any]:
    """The generated headers with the account and user ones (when present) naming the actor's."""
    filled = dict(headers or {})
    for name in filled:
        attribute = _ACTOR_HEADERS.get(name.lower())
        value = getattr(actors, attribute) if attribute else None
        if value:
            filled[name] = value
    return filled


def world_for(path: str, parameters: dict[str, Any], world: dict[str, str]) -> dict[str, Any]:
    """The path parameters with each one a known object can fill replaced by that object's id."""
    filled = dict(parameters)
    for name in parameters:
        kind = name
        if name == "id":
            kind = next((k for prefix, k in _ID_BY_PREFIX if path.startswith(prefix)), "")
        if kind in world:
            filled[name] = world[kind]
    return filled
