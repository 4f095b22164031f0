"""Frontegg's browser client (``@frontegg/rest-api``, pinned in sdk_tests/node/package-lock.json) against the emulator.

``node sdk_tests/node/rest_api_flows.mjs`` configures the client as a web app does (baseUrl = the
emulator's URL; the client adds its /frontegg prefix) in Node with the smallest browser it needs
(``window.location``, ``sessionStorage`` and a cookie jar for the gateway's origin, since the refresh
token travels in an HttpOnly cookie), and runs each flow. One test per flow.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sdk_harness import NODE_DIR, error_of, needs_node_package, result_of, run_checks, sdk_environment

from frontegg_emulator import EmulatorServer

SCRIPT = NODE_DIR / "rest_api_flows.mjs"
pytestmark = needs_node_package("@frontegg/rest-api")


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer() as emu:
        yield emu


@pytest.fixture(scope="module")
def flows(emulator: EmulatorServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("rest-api") / "flows.json"
    return run_checks(["node", str(SCRIPT), str(out)], env=sdk_environment(emulator), out=out)


@pytest.fixture(scope="module")
def signed_up(flows: dict[str, Any]) -> dict[str, Any]:
    signed: dict[str, Any] = result_of(flows, "sign_up")
    return signed


def test_sign_up(signed_up: dict[str, Any]) -> None:
    assert signed_up["shouldActivate"] is True and signed_up["activationToken"] is True
    assert signed_up["userId"] and signed_up["tenantId"]


def test_activation_logs_the_user_in(flows: dict[str, Any], signed_up: dict[str, Any]) -> None:
    activated = result_of(flows, "activate")
    assert activated["sub"] == signed_up["userId"]
    assert activated["tenantIds"] == [signed_up["tenantId"]] and activated["activeTenant"] == signed_up["tenantId"]
    assert activated["refreshCookie"] is True


def test_password_login(flows: dict[str, Any], signed_up: dict[str, Any]) -> None:
    user = result_of(flows, "password_login")
    assert user["mfaRequired"] is False
    assert user["sub"] == user["id"] == signed_up["userId"] and user["tenantId"] == signed_up["tenantId"]
    assert "Admin" in user["roles"]
    assert user["contextToken"] is True and user["refreshCookie"] is True


def test_password_login_with_a_wrong_password(flows: dict[str, Any]) -> None:
    error = error_of(flows, "password_login_wrong_password")
    assert (error["type"], error["status"]) == ("FronteggApiError", 401)


def test_refresh(flows: dict[str, Any], signed_up: dict[str, Any]) -> None:
    refreshed = result_of(flows, "refresh")
    assert refreshed["sub"] == signed_up["userId"] and refreshed["contextToken"] is True
    assert refreshed["cookieRotated"] is True


def test_logout(flows: dict[str, Any]) -> None:
    logged_out = result_of(flows, "logout")
    assert logged_out["cleared"] is True
    refused = logged_out["refreshAfterLogout"]
    assert refused != "accepted", "the refresh cookie still worked after logout"
    assert (refused["type"], refused["status"]) == ("FronteggApiError", 401)


def test_mfa_enrollment_with_an_authenticator_app(flows: dict[str, Any]) -> None:
    enrolled = result_of(flows, "mfa_enroll_authenticator_app")
    assert enrolled == {"otpauth": True, "recoveryCode": True}


def test_mfa_login_with_the_authenticator_app(flows: dict[str, Any]) -> None:
    logged_in = result_of(flows, "mfa_login_authenticator_app")
    assert logged_in["challenge"] == {"mfaRequired": True, "hasMfaToken": True, "accessToken": False}
    assert logged_in["sub"]


def test_mfa_login_with_the_authenticator_device(flows: dict[str, Any]) -> None:
    logged_in = result_of(flows, "mfa_login_authenticator_app_device")
    assert logged_in["authenticators"] == 1
    assert logged_in["sub"] == result_of(flows, "mfa_login_authenticator_app")["sub"]


def test_mfa_login_with_a_wrong_code(flows: dict[str, Any]) -> None:
    error = error_of(flows, "mfa_login_wrong_code")
    assert (error["type"], error["status"]) == ("FronteggApiError", 401)


def test_passwordless_code_login(flows: dict[str, Any], signed_up: dict[str, Any]) -> None:
    logged_in = result_of(flows, "passwordless_code_login")
    assert logged_in["sub"] == signed_up["userId"] and logged_in["refreshCookie"] is True


def test_passwordless_code_login_with_a_wrong_code(flows: dict[str, Any]) -> None:
    error = error_of(flows, "passwordless_code_login_wrong_code")
    assert (error["type"], error["status"]) == ("FronteggApiError", 401)
