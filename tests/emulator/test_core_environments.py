"""Isolated environments (POST /_emulator/environments): own credentials, own signing key, own data.

Tokens choose their environment by their ``aud`` claim, so the interesting attacks are tokens whose
``aud`` names one environment while another key signed them; calls without a token choose theirs by
the ``frontegg-vendor-host`` header.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from frontegg_emulator import EmulatorServer

PASSWORD = "Correct-horse-9"
CONFIG = "/identity/resources/configurations/v1"
USERS_V3 = "/identity/resources/users/v3"


class Env:
    def __init__(self, http: httpx.Client, client_id: str, api_key: str, vendor_host: str | None) -> None:
        self.http = http
        self.client_id = client_id
        self.api_key = api_key
        self.vendor_host = vendor_host

    def token(self) -> str:
        r = self.http.post("/auth/vendor", json={"clientId": self.client_id, "secret": self.api_key})
        assert r.status_code == 200, r.text
        return str(r.json()["token"])

    def users(self, token: str | None = None) -> httpx.Response:
        return self.http.get(USERS_V3, headers={"Authorization": f"Bearer {token or self.token()}"})

    def emails(self) -> set[str]:
        r = self.users()
        assert r.status_code == 200, r.text
        return {u["email"] for u in r.json()["items"]}

    def sign_up(self, email: str) -> dict[str, Any]:
        """Sign up with no token: the environment is chosen by the vendor host header alone."""
        headers = {"frontegg-vendor-host": self.vendor_host} if self.vendor_host else {}
        r = self.http.post(
            "/identity/resources/users/v1/signUp",
            json={"provider": "local", "email": email, "companyName": "Co", "password": PASSWORD},
            headers=headers,
        )
        assert r.status_code == 201, r.text
        body = dict(r.json())
        r = self.http.post(
            "/identity/resources/users/v1/activate",
            json={"userId": body["userId"], "token": body["activationToken"]},
            headers=headers,
        )
        assert r.status_code in (200, 201), r.text
        return body


@pytest.fixture(scope="module")
def http(emu: EmulatorServer) -> Any:
    with httpx.Client(base_url=emu.url, timeout=20) as client:
        yield client


def create_env(http: httpx.Client, **body: str) -> tuple[Env, dict[str, Any]]:
    r = http.post("/_emulator/environments", json=body)
    assert r.status_code == 201, r.text
    created = r.json()
    return Env(http, created["clientId"], created["apiKey"], created["vendorHost"]), created


@pytest.fixture(scope="module")
def two(http: httpx.Client) -> tuple[Env, Env]:
    a, _ = create_env(http)
    b, _ = create_env(http, clientId=f"env-b-{uuid.uuid4().hex[:6]}", apiKey="b-key-" + uuid.uuid4().hex)
    return a, b


def test_created_environment_has_its_own_credentials_and_key(
    http: httpx.Client, emu: EmulatorServer, two: tuple[Env, Env]
) -> None:
    a, b = two
    _, created = create_env(http, clientId="explicit-" + uuid.uuid4().hex[:6], apiKey="explicit-key")
    assert created["apiKey"] == "explicit-key"
    assert created["gatewayUrl"] == emu.url
    assert created["vendorHost"] and created["id"]
    assert len({a.client_id, b.client_id, emu.credentials.client_id}) == 3
    assert a.api_key != b.api_key
    listed = http.get("/_emulator/environments").json()
    assert {a.client_id, b.client_id, created["clientId"]} <= {e["clientId"] for e in listed}
    assert all("apiKey" not in e for e in listed)  # the listing never shows keys
    # Each environment signs with its own key: two kids in the JWKS, and A's secret does not buy B's token.
    kids = [jwt.get_unverified_header(env.token())["kid"] for env in (a, b)]
    assert kids[0] != kids[1]
    published = {k["kid"] for k in http.get("/.well-known/jwks.json").json()["keys"]}
    assert set(kids) <= published
    r = http.post("/auth/vendor", json={"clientId": b.client_id, "secret": a.api_key})
    assert r.status_code == 401
    pem_a = http.get(CONFIG, headers={"Authorization": f"Bearer {a.token()}"}).json()["publicKey"]
    pem_b = http.get(CONFIG, headers={"Authorization": f"Bearer {b.token()}"}).json()["publicKey"]
    assert pem_a != pem_b


def test_users_are_isolated_between_environments(two: tuple[Env, Env]) -> None:
    a, b = two
    email = f"iso-{uuid.uuid4().hex[:8]}@example.com"
    a.sign_up(email)
    assert email in a.emails()
    assert email not in b.emails()
    # The same email can exist separately in B.
    b.sign_up(email)
    assert email in b.emails()
    # Logging in through B's host gives B's user, whose token A does not accept.
    login = a.http.post(
        "/identity/resources/auth/v1/user",
        json={"email": email, "password": PASSWORD},
        headers={"frontegg-vendor-host": b.vendor_host or ""},
    )
    assert login.status_code == 200, login.text
    user_token = login.json()["accessToken"]
    assert jwt.decode(user_token, options={"verify_signature": False})["aud"] == b.client_id


def test_environment_token_of_one_environment_cannot_read_the_others_data(two: tuple[Env, Env]) -> None:
    a, b = two
    token_a = a.token()
    # A's token is A's: it reads A and never B's users, whatever header names B.
    assert a.users(token_a).status_code == 200
    r = a.http.get(
        USERS_V3, headers={"Authorization": f"Bearer {token_a}", "frontegg-vendor-host": b.vendor_host or ""}
    )
    assert r.status_code == 200
    assert {u["email"] for u in r.json()["items"]} == a.emails()


def _claims(client_id: str, **extra: Any) -> dict[str, Any]:
    now = int(time.time())
    return {"sub": client_id, "aud": client_id, "type": "vendor", "iat": now, "exp": now + 3600, **extra}


def _b64(data: bytes) -> str:
    return jwt.utils.base64url_encode(data).decode()


def _unsigned(header: dict[str, Any], claims: dict[str, Any], sign: Any = None) -> str:
    """A JWT assembled by hand (PyJWT refuses to make these): ``sign(signing_input) -> bytes``."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    return f"{signing_input}.{_b64(sign(signing_input.encode())) if sign else ''}"


def test_token_signed_by_a_with_audience_b_is_rejected(emu: EmulatorServer, two: tuple[Env, Env]) -> None:
    """The aud claim picks the environment; the signature must then be that environment's."""
    a, b = two
    env_a = emu.emulation.by_client_id(a.client_id)  # the test reaches in only to hold A's private key
    assert env_a is not None
    key_a = serialization.load_pem_private_key(env_a.signing_key_pem.encode(), password=None)
    assert isinstance(key_a, rsa.RSAPrivateKey)
    header = {"kid": env_a.key_id}
    # A's genuine key and kid, B's audience: B must refuse.
    forged = jwt.encode(_claims(b.client_id), key_a, algorithm="RS256", headers=header)
    assert b.users(forged).status_code == 401
    # The same token with A's audience is accepted by A: the refusal above is about the environment.
    genuine = jwt.encode(_claims(a.client_id), key_a, algorithm="RS256", headers=header)
    assert a.users(genuine).status_code == 200
    # B's kid on a key of our own making.
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    kid_b = jwt.get_unverified_header(b.token())["kid"]
    assert (
        b.users(jwt.encode(_claims(b.client_id), stranger, algorithm="RS256", headers={"kid": kid_b})).status_code
        == 401
    )
    # HS256 keyed with B's public key (the classic algorithm confusion), and alg "none".
    pem_b = b.http.get(CONFIG, headers={"Authorization": f"Bearer {b.token()}"}).json()["publicKey"]
    confused = _unsigned(
        {"alg": "HS256", "typ": "JWT", "kid": kid_b},
        _claims(b.client_id),
        lambda data: hmac.new(pem_b.encode(), data, hashlib.sha256).digest(),
    )
    assert b.users(confused).status_code == 401
    assert b.users(_unsigned({"alg": "none", "typ": "JWT"}, _claims(b.client_id))).status_code == 401
    # A valid token of B with its signature taken off, and one with a claim changed after signing.
    valid_b = b.token()
    assert b.users(valid_b.rsplit(".", 1)[0] + ".").status_code == 401
    head, _payload, signature = valid_b.split(".")
    tampered = _b64(
        json.dumps({**jwt.decode(valid_b, options={"verify_signature": False}), "type": "vendor", "sub": "x"}).encode()
    )
    assert b.users(f"{head}.{tampered}.{signature}").status_code == 401


def test_user_token_of_one_environment_is_rejected_by_the_other(two: tuple[Env, Env]) -> None:
    a, b = two
    email = f"cross-{uuid.uuid4().hex[:8]}@example.com"
    a.sign_up(email)
    login = a.http.post(
        "/identity/resources/auth/v1/user",
        json={"email": email, "password": PASSWORD},
        headers={"frontegg-vendor-host": a.vendor_host or ""},
    )
    assert login.status_code == 200, login.text
    token = login.json()["accessToken"]
    me = a.http.get("/identity/resources/users/v2/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["email"] == email
    # B knows no such user: logging in there fails, and the token's audience is A's alone.
    refused = a.http.post(
        "/identity/resources/auth/v1/user",
        json={"email": email, "password": PASSWORD},
        headers={"frontegg-vendor-host": b.vendor_host or ""},
    )
    assert refused.status_code == 401


def test_vendor_host_selects_the_environment_without_a_token(http: httpx.Client, two: tuple[Env, Env]) -> None:
    a, b = two
    email = f"host-{uuid.uuid4().hex[:8]}@example.com"
    b.sign_up(email)  # signUp and activate sent with B's vendor host only
    assert email in b.emails()
    assert email not in a.emails()
    # The host may carry a port, and the Host header works as well as frontegg-vendor-host.
    r = http.post(
        "/identity/resources/auth/v1/user",
        json={"email": email, "password": PASSWORD},
        headers={"frontegg-vendor-host": f"{b.vendor_host}:443"},
    )
    assert r.status_code == 200, r.text
    r = http.post(
        "/identity/resources/auth/v1/user",
        json={"email": email, "password": PASSWORD},
        headers={"host": b.vendor_host or ""},
    )
    assert r.status_code == 200, r.text
    # An unknown host falls back to the default environment, which does not know this user.
    r = http.post(
        "/identity/resources/auth/v1/user",
        json={"email": email, "password": PASSWORD},
        headers={"frontegg-vendor-host": "unknown.example.com"},
    )
    assert r.status_code == 401


def test_admin_calls_choose_their_environment_by_client_id(http: httpx.Client, two: tuple[Env, Env]) -> None:
    a, b = two
    email = f"outbox-{uuid.uuid4().hex[:8]}@example.com"
    b.sign_up(email)
    in_b = http.get("/_emulator/outbox", params={"clientId": b.client_id, "to": email}).json()["messages"]
    in_a = http.get("/_emulator/outbox", params={"clientId": a.client_id, "to": email}).json()["messages"]
    assert len(in_b) == 1 and in_a == []
    before = http.get("/_emulator/clock", params={"clientId": a.client_id}).json()["offset"]
    http.post("/_emulator/clock/advance", params={"clientId": b.client_id}, json={"seconds": 5})
    assert http.get("/_emulator/clock", params={"clientId": a.client_id}).json()["offset"] == before
