"""Helpers for driving the emulator over real HTTP on loopback, through the generated client.

Test modules import them from here (``from emulator_api import Api``), never from ``conftest``: each
test folder has a conftest.py, and pytest imports them all under the one module name ``conftest``.

``Api`` wraps what every flow needs: generated-client
instances (one per "browser", so cookies do not leak between them), an environment token, the
emulator's outbox and clock, and a signed-up, activated user.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx

from frontegg_emulator import EmulatorServer
from frontegg_identity.api.general import login_with_password, sign_up
from frontegg_identity.api.user_management import activate_user
from frontegg_identity.client import Client
from frontegg_identity.models.activate_user import ActivateUser
from frontegg_identity.models.authenticate_user_password import AuthenticateUserPassword
from frontegg_identity.models.sign_up_user_email import SignUpUserEmail

PASSWORD = "Correct-horse-9"


def body_of(response: Any) -> Any:
    """The JSON a generated ``sync_detailed`` call answered (also when the spec documents no body)."""
    return json.loads(response.content) if response.content else None


class Api:
    def __init__(self, emu: EmulatorServer) -> None:
        self.emu = emu
        self.http = httpx.Client(base_url=emu.url, timeout=10)

    body = staticmethod(body_of)

    # ---- clients
    def client(self, token: str | None = None, **headers: str) -> Client:
        """A generated client (a new cookie jar: one browser) with a bearer token when given."""
        all_headers = {k.replace("_", "-"): v for k, v in headers.items()}
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        return Client(base_url=self.emu.url + "/identity", headers=all_headers, timeout=httpx.Timeout(10))

    def env_token(self) -> str:
        creds = self.emu.credentials
        r = self.http.post("/auth/vendor", json={"clientId": creds.client_id, "secret": creds.api_key})
        r.raise_for_status()
        return str(r.json()["token"])

    # ---- emulator admin surface
    def outbox(self, to: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        params = {k: v for k, v in {"to": to, "kind": kind}.items() if v is not None}
        r = self.http.get("/_emulator/outbox", params=params)
        r.raise_for_status()
        return list(r.json()["messages"])

    def last_message(self, to: str, kind: str | None = None) -> dict[str, Any]:
        messages = self.outbox(to, kind)
        assert messages, f"nothing was sent to {to} ({kind})"
        return messages[-1]

    def last_code(self, to: str, kind: str | None = None) -> str:
        return str(self.last_message(to, kind)["code"])

    def authenticator_uri(self, email: str) -> str:
        """The otpauth:// URI behind the user's latest authenticator-app QR code (from the outbox)."""
        return str(self.last_message(email, "authenticator-app")["link"])

    def now(self) -> float:
        return float(self.http.get("/_emulator/clock").json()["now"])

    def advance(self, seconds: float) -> None:
        self.http.post("/_emulator/clock/advance", json={"seconds": seconds}).raise_for_status()

    # ---- users
    def new_email(self, prefix: str = "user") -> str:
        return f"{prefix}-{uuid.uuid4().hex[:10]}@example.com"

    def sign_up(self, email: str, password: str = PASSWORD) -> str:
        """Sign up and activate (with the token the sign-up answered); the user's id."""
        client = self.client()
        r = sign_up.sync_detailed(
            client=client,
            body=SignUpUserEmail.from_dict(
                {"provider": "local", "email": email, "companyName": "Acme " + email, "password": password}
            ),
        )
        assert r.status_code == 201, r.content
        signed = body_of(r)
        assert signed["shouldActivate"] is True
        token = signed.get("activationToken") or self.last_message(email, "activation")["token"]
        r = activate_user.sync_detailed(
            client=client, body=ActivateUser.from_dict({"userId": signed["userId"], "token": token})
        )
        assert r.status_code in (200, 201), r.content
        return str(signed["userId"])

    def login(self, email: str, password: str = PASSWORD, client: Client | None = None) -> Any:
        """The raw login response of loginWithPassword."""
        return login_with_password.sync_detailed(
            client=client or self.client(),
            body=AuthenticateUserPassword.from_dict({"email": email, "password": password}),
        )

    def access_token(self, email: str, password: str = PASSWORD) -> str:
        r = self.login(email, password)
        assert r.status_code == 200, r.content
        body = body_of(r)
        assert body["mfaRequired"] is False, "this user needs MFA"
        return str(body["accessToken"])

    def me(self, token: str) -> httpx.Response:
        return self.http.get("/identity/resources/users/v2/me", headers={"Authorization": f"Bearer {token}"})
