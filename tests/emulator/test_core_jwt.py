"""User JWTs are real RS256 tokens that any JWT library verifies with the published keys."""

from __future__ import annotations

import time
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from emulator_api import Api

from frontegg_emulator import EmulatorServer


@pytest.fixture(scope="module")
def login(api: Api) -> dict[str, Any]:
    email = api.new_email("jwt")
    user_id = api.sign_up(email)
    r = api.login(email)
    assert r.status_code == 200, r.content
    body = dict(api.body(r))
    body["email"] = email
    body["user_id"] = user_id
    return body


def test_header_is_rs256_with_a_published_kid(emu: EmulatorServer, login: dict[str, Any]) -> None:
    header = jwt.get_unverified_header(login["accessToken"])
    assert header["alg"] == "RS256"
    assert header["kid"]
    jwks = httpx.get(emu.url + "/.well-known/jwks.json").json()
    [key] = [k for k in jwks["keys"] if k["kid"] == header["kid"]]
    assert key["kty"] == "RSA" and key["alg"] == "RS256" and key["use"] == "sig"
    assert set(key) >= {"n", "e"} and "d" not in key and "p" not in key  # public half only


def test_verifiable_with_the_jwks(emu: EmulatorServer, login: dict[str, Any]) -> None:
    token = login["accessToken"]
    signing_key = jwt.PyJWKClient(emu.url + "/.well-known/jwks.json").get_signing_key_from_jwt(token)
    claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=emu.credentials.client_id)
    assert claims["sub"] == login["user_id"]
    # PyJWK straight from the document works too.
    jwks = httpx.get(emu.url + "/.well-known/jwks.json").json()
    kid = jwt.get_unverified_header(token)["kid"]
    key = jwt.PyJWK.from_dict(next(k for k in jwks["keys"] if k["kid"] == kid))
    assert jwt.decode(token, key, algorithms=["RS256"], audience=emu.credentials.client_id) == claims


def test_verifiable_with_the_public_key_of_the_configuration(
    emu: EmulatorServer, api: Api, login: dict[str, Any]
) -> None:
    r = httpx.get(
        emu.url + "/identity/resources/configurations/v1", headers={"Authorization": f"Bearer {api.env_token()}"}
    )
    assert r.status_code == 200, r.text
    pem = r.json()["publicKey"]
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
    public = serialization.load_pem_public_key(pem.encode())
    assert isinstance(public, rsa.RSAPublicKey)
    claims = jwt.decode(login["accessToken"], pem, algorithms=["RS256"], audience=emu.credentials.client_id)
    assert claims["email"] == login["email"]
    # Wrong audience or a tampered payload fail verification.
    with pytest.raises(jwt.InvalidAudienceError):
        jwt.decode(login["accessToken"], pem, algorithms=["RS256"], audience="someone-else")
    head, _payload, sig = login["accessToken"].split(".")
    forged = jwt.utils.base64url_encode(b'{"sub":"admin"}').decode()
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(f"{head}.{forged}.{sig}", pem, algorithms=["RS256"], audience=emu.credentials.client_id)


def test_claims(emu: EmulatorServer, api: Api, login: dict[str, Any]) -> None:
    claims = jwt.decode(login["accessToken"], options={"verify_signature": False})
    assert claims["sub"] == login["user_id"] == login["userId"]
    assert claims["email"] == login["email"]
    assert claims["type"] == "userToken"
    assert claims["aud"] == emu.credentials.client_id
    assert isinstance(claims["iss"], str) and claims["iss"]
    assert isinstance(claims["tenantId"], str) and claims["tenantId"]
    assert claims["tenantIds"] == [claims["tenantId"]]
    # The first user of a new account administers it: its role and that role's permissions.
    assert claims["roles"] == ["Admin"]
    assert isinstance(claims["permissions"], list) and claims["permissions"]
    assert "fe.secure.read.users" in claims["permissions"]
    assert all(isinstance(p, str) for p in claims["permissions"])
    now = time.time()
    assert isinstance(claims["iat"], int) and isinstance(claims["exp"], int)
    assert now - 120 <= claims["iat"] <= now + 5
    assert claims["exp"] - claims["iat"] == login["expiresIn"] > 0
    # The profile agrees with the token.
    me = api.me(login["accessToken"])
    assert me.status_code == 200, me.text
    assert me.json()["id"] == claims["sub"] and me.json()["tenantId"] == claims["tenantId"]


def test_environment_token_is_rs256_signed_by_the_same_key(emu: EmulatorServer, api: Api) -> None:
    token = api.env_token()
    key = jwt.PyJWKClient(emu.url + "/.well-known/jwks.json").get_signing_key_from_jwt(token)
    claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=emu.credentials.client_id)
    assert claims["type"] != "userToken"
