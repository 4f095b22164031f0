"""Credentials the suite acts with, created through the API itself.

An environment token for management operations, and a signed-up, activated, logged-in user (with the
account created by sign-up) for user-token operations, so generated requests reach real behaviour.
"""

from __future__ import annotations

import secrets
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
