"""Frontegg's Node backend SDK (``@frontegg/client``, pinned in sdk_tests/node/package-lock.json) against the emulator.

``node sdk_tests/node/client_checks.mjs`` runs with nothing but FRONTEGG_API_GATEWAY_URL,
FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY pointing it at the emulator: ``FronteggContext.init``,
environment authentication (``FronteggAuthenticator``), ``IdentityClient.getPublicKey``,
``validateToken`` / ``validateIdentityOnToken`` on a user JWT the emulator issued with role and
permission checks that pass and ones that fail, and the Express middleware ``withAuthentication``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sdk_harness import (
    NODE_DIR,
    User,
    error_of,
    needs_node_package,
    new_user,
    result_of,
    run_checks,
    sdk_environment,
)

from frontegg_emulator import EmulatorServer

SCRIPT = NODE_DIR / "client_checks.mjs"
pytestmark = needs_node_package("@frontegg/client")


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer() as emu:
        yield emu


@pytest.fixture(scope="module")
def user(emulator: EmulatorServer) -> User:
    return new_user(emulator)


@pytest.fixture(scope="module")
def checks(emulator: EmulatorServer, user: User, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("node-client") / "checks.json"
    return run_checks(
        ["node", str(SCRIPT), str(out)], env=sdk_environment(emulator), out=out, stdin={"token": user.access_token}
    )


def assert_is_user(entity: dict[str, Any], user: User) -> None:
    assert entity["sub"] == user.user_id
    assert entity["tenantId"] == user.tenant_id
    assert entity["email"] == user.email
    assert entity["type"] == "userToken"
    assert "Admin" in entity["roles"]
    assert "fe.secure.read.users" in entity["permissions"]


def test_environment_authentication(checks: dict[str, Any]) -> None:
    assert result_of(checks, "environment_auth") == {"accessTokenIsJwt": True}


def test_environment_authentication_rejects_a_wrong_api_key(checks: dict[str, Any]) -> None:
    error = error_of(checks, "environment_auth_wrong_key")
    assert error["message"] == "Failed to authenticate with Frontegg"


def test_public_key_is_the_key_the_emulator_signs_with(checks: dict[str, Any], emulator: EmulatorServer) -> None:
    key = serialization.load_pem_public_key(result_of(checks, "get_public_key").encode())
    assert isinstance(key, rsa.RSAPublicKey)
    published = httpx.get(emulator.url + "/.well-known/jwks.json").json()["keys"]
    moduli = {int.from_bytes(base64.urlsafe_b64decode(k["n"] + "=="), "big") for k in published}
    assert key.public_numbers().n in moduli


@pytest.mark.parametrize("check", ["validate_token", "validate_bearer_header", "validate_identity_on_token"])
def test_validate_token(checks: dict[str, Any], user: User, check: str) -> None:
    assert_is_user(result_of(checks, check), user)


@pytest.mark.parametrize("check", ["role_granted", "role_granted_any_of", "permission_granted"])
def test_role_and_permission_checks_that_pass(checks: dict[str, Any], user: User, check: str) -> None:
    assert_is_user(result_of(checks, check), user)


@pytest.mark.parametrize(
    ("check", "exception"),
    [
        ("role_denied", "InsufficientRoleException"),
        ("permission_denied", "InsufficientPermissionException"),
        ("role_granted_permission_denied", "InsufficientPermissionException"),
    ],
)
def test_role_and_permission_checks_that_fail(checks: dict[str, Any], check: str, exception: str) -> None:
    error = error_of(checks, check)
    assert (error["type"], error["status"]) == (exception, 403)


@pytest.mark.parametrize("check", ["tampered_token", "forged_token"])
def test_tokens_the_emulator_did_not_sign_are_refused(checks: dict[str, Any], check: str) -> None:
    error = error_of(checks, check)
    assert (error["type"], error["status"]) == ("FailedToAuthenticateException", 401)


def test_middleware_lets_an_authorised_user_through(checks: dict[str, Any], user: User) -> None:
    passed = result_of(checks, "middleware_granted")
    assert passed["nextCalled"] and passed["nextError"] is None and passed["status"] == 200
    assert passed["user"]["id"] == user.user_id
    assert_is_user(passed["user"], user)


@pytest.mark.parametrize(("check", "status"), [("middleware_denied", 403), ("middleware_tampered", 401)])
def test_middleware_refuses(checks: dict[str, Any], check: str, status: int) -> None:
    refused = result_of(checks, check)
    assert refused["status"] == status and refused["user"] is None
