"""An isolated environment per test, driven over raw HTTP as an attacker (or a careful client) would.

Each ``Isolated`` is a fresh environment of a running emulator (``POST /_emulator/environments``), so
throttling counters, policies and users of one test never reach another. Anonymous calls pick the
environment by the ``frontegg-vendor-host`` header, token calls by the token's audience.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from frontegg_emulator import EmulatorServer

PASSWORD = "Correct-horse-9"
IDENTITY = "/identity/resources"


class Isolated:
    def __init__(self, emu: EmulatorServer, *, throttling: bool = True) -> None:
        self.emu = emu
        admin = httpx.Client(base_url=emu.url, timeout=10)
        created = admin.post("/_emulator/environments", json={}).json()
        admin.close()
        self.client_id: str = created["clientId"]
        self.api_key: str = created["apiKey"]
        self.http = httpx.Client(base_url=emu.url, timeout=20, headers={"frontegg-vendor-host": created["vendorHost"]})
        self.throttling(enabled=throttling)

    # ---- emulator admin surface of this environment
    def admin(self, method: str, route: str, **kwargs: Any) -> httpx.Response:
        return self.http.request(method, f"/_emulator{route}", params={"clientId": self.client_id}, **kwargs)

    def throttling(self, **body: Any) -> dict[str, Any]:
        r = self.admin("PUT", "/throttling", json=body)
        assert r.status_code == 200, r.text
        return dict(r.json())

    def outbox(self, to: str, kind: str | None = None) -> list[dict[str, Any]]:
        params = {"clientId": self.client_id, "to": to, **({"kind": kind} if kind else {})}
        return list(self.http.get("/_emulator/outbox", params=params).json()["messages"])

    def last_code(self, to: str, kind: str | None = None) -> str:
        messages = self.outbox(to, kind)
        assert messages, f"nothing was sent to {to}"
        return str(messages[-1]["code"] or messages[-1]["token"])

    # ---- calls
    def call(self, method: str, path: str, token: str | None = None, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.http.request(method, IDENTITY + path, headers=headers, **kwargs)

    def env_token(self) -> str:
        r = self.http.post("/auth/vendor", json={"clientId": self.client_id, "secret": self.api_key})
        assert r.status_code == 200, r.text
        return str(r.json()["token"])

    # ---- users
    @staticmethod
    def new_email(prefix: str = "user") -> str:
        return f"{prefix}-{uuid.uuid4().hex[:10]}@example.com"

    def sign_up(self, email: str, password: str = PASSWORD) -> tuple[str, str]:
        """Sign up (a new account) and activate; ``(user id, tenant id)``."""
        r = self.call(
            "POST",
            "/users/v1/signUp",
            json={"provider": "local", "email": email, "companyName": "Co " + email, "password": password},
        )
        assert r.status_code == 201, r.text
        signed = r.json()
        token = signed.get("activationToken") or self.last_code(email, "activation")
        r = self.call("POST", "/users/v1/activate", json={"userId": signed["userId"], "token": token})
        assert r.status_code in (200, 201), r.text
        return str(signed["userId"]), str(signed["tenantId"])

    def login(self, email: str, password: str = PASSWORD) -> httpx.Response:
        return self.call("POST", "/auth/v1/user", json={"email": email, "password": password})

    def token(self, email: str, password: str = PASSWORD) -> str:
        r = self.login(email, password)
        assert r.status_code == 200, r.text
        return str(r.json()["accessToken"])

    def role_id(self, key: str) -> str:
        roles = self.call("GET", "/roles/v1", self.env_token()).json()
        return str(next(r["id"] for r in roles if r["key"] == key))

    def custom_role(self, permission_keys: list[str], level: int = 1) -> str:
        """A global role holding exactly these permissions, at this level; its id."""
        env = self.env_token()
        key = f"custom-{uuid.uuid4().hex[:8]}"
        r = self.call("POST", "/roles/v1", env, json=[{"key": key, "name": key, "level": level}])
        assert r.status_code in (200, 201), r.text
        role_id = str(r.json()[0]["id"])
        perms = {p["key"]: p["id"] for p in self.call("GET", "/permissions/v1", env).json()}
        r = self.call(
            "PUT", f"/roles/v1/{role_id}/permissions", env, json={"permissionIds": [perms[k] for k in permission_keys]}
        )
        assert r.status_code < 300, r.text
        return role_id

    def member(self, tenant_id: str, email: str, role_ids: list[str], password: str = PASSWORD) -> str:
        """A verified user of ``tenant_id`` with exactly these roles, able to log in; its user id."""
        r = self.call(
            "POST",
            "/users/v1",
            self.env_token(),
            headers={"frontegg-tenant-id": tenant_id},
            json={"email": email, "name": email, "password": password, "roleIds": role_ids},
        )
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    def close(self) -> None:
        self.http.close()
