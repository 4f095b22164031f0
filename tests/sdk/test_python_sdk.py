"""Frontegg's Python SDK (PyPI ``frontegg``, pinned in sdk_tests/python/requirements.txt) against the emulator.

The driver (sdk_tests/python/drive_frontegg.py) runs in the SDK's own virtualenv with nothing but
FRONTEGG_API_GATEWAY_URL, FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY pointing it at the emulator:
environment authentication (``FronteggAuthenticator``), the public key (``fetch_public_key``), and
``validate_identity_on_token`` on a user JWT the emulator issued, with role and permission checks
that pass and ones that fail, sync and async.
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
    SDK_PYTHON,
    SDK_TESTS,
    User,
    error_of,
    needs_python_sdk,
    new_user,
    result_of,
    run_checks,
    sdk_environment,
)

from frontegg_emulator import EmulatorServer

DRIVER = SDK_TESTS / "python" / "drive_frontegg.py"
pytestmark = needs_python_sdk()


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer() as emu:
        yield emu


@pytest.fixture(scope="module")
def user(emulator: EmulatorServer) -> User:
    return new_user(emulator)


@pytest.fixture(scope="module")
def checks(emulator: EmulatorServer, user: User, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("python-sdk") / "checks.json"
    return run_checks(
        [str(SDK_PYTHON), str(DRIVER), str(out)],
        env=sdk_environment(emulator),
        out=out,
        stdin={"token": user.access_token},
    )


def assert_is_user(entity: dict[str, Any], user: User) -> None:
    assert entity["sub"] == user.user_id
    assert entity["tenantId"] == user.tenant_id
    assert entity["email"] == user.email
    assert entity["type"] == "userToken"
    assert "Admin" in entity["roles"]
    assert "fe.secure.read.users" in entity["permissions"]


def test_environment_authentication(checks: dict[str, Any]) -> None:
    assert result_of(checks, "environment_auth") == {"access_token_is_jwt": True, "should_refresh": False}


def test_environment_authentication_rejects_a_wrong_api_key(checks: dict[str, Any]) -> None:
    error = error_of(checks, "environment_auth_wrong_key")
    assert error["type"] == "HTTPError" and error["status"] == 401


def test_public_key_is_the_key_the_emulator_signs_with(checks: dict[str, Any], emulator: EmulatorServer) -> None:
    pem = result_of(checks, "fetch_public_key")
    key = serialization.load_pem_public_key(pem.encode())
    assert isinstance(key, rsa.RSAPublicKey)
    published = httpx.get(emulator.url + "/.well-known/jwks.json").json()["keys"]
    moduli = {int.from_bytes(base64.urlsafe_b64decode(k["n"] + "=="), "big") for k in published}
    assert key.public_numbers().n in moduli


def test_validate_identity_on_token(checks: dict[str, Any], user: User) -> None:
    assert_is_user(result_of(checks, "validate_token"), user)


def test_validate_identity_on_a_bearer_header(checks: dict[str, Any], user: User) -> None:
    assert_is_user(result_of(checks, "validate_bearer_header"), user)


@pytest.mark.parametrize("check", ["role_granted", "role_granted_any_of", "permission_granted"])
def test_role_and_permission_checks_that_pass(checks: dict[str, Any], user: User, check: str) -> None:
    assert_is_user(result_of(checks, check), user)


@pytest.mark.parametrize("check", ["role_denied", "permission_denied", "role_granted_permission_denied"])
def test_role_and_permission_checks_that_fail(checks: dict[str, Any], check: str) -> None:
    error = error_of(checks, check)
    assert error["type"] == "UnauthorizedException" and error["status"] == 403


@pytest.mark.parametrize("check", ["tampered_token", "forged_token"])
def test_tokens_the_emulator_did_not_sign_are_refused(checks: dict[str, Any], check: str) -> None:
    error = error_of(checks, check)
    assert error["type"] == "UnauthenticatedException" and error["status"] == 401


def test_decode_jwt(checks: dict[str, Any], user: User) -> None:
    assert_is_user(result_of(checks, "decode_jwt"), user)


def test_async_client(checks: dict[str, Any], user: User) -> None:
    result_of(checks, "async_environment_auth")
    assert_is_user(result_of(checks, "async_validate_token"), user)
    assert_is_user(result_of(checks, "async_role_granted"), user)
    error = error_of(checks, "async_permission_denied")
    assert error["type"] == "UnauthorizedException" and error["status"] == 403


def test_fastapi_integration_starts(checks: dict[str, Any]) -> None:
    result_of(checks, "fastapi_init")


@pytest.mark.parametrize("check", ["fastapi_authenticated", "fastapi_role_granted"])
def test_fastapi_security_lets_the_user_through(checks: dict[str, Any], user: User, check: str) -> None:
    answer = result_of(checks, check)
    assert answer["status"] == 200, answer["body"]
    assert answer["body"]["id"] == user.user_id and answer["body"]["tenant_id"] == user.tenant_id
    assert "Admin" in answer["body"]["roles"]


@pytest.mark.parametrize(
    ("check", "status"),
    [("fastapi_permission_denied", 403), ("fastapi_no_token", 401), ("fastapi_tampered_token", 401)],
)
def test_fastapi_security_refuses(checks: dict[str, Any], check: str, status: int) -> None:
    assert result_of(checks, check)["status"] == status
