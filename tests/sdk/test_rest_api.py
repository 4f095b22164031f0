"""Frontegg's browser client (``@frontegg/rest-api``, pinned in sdk_tests/node/package-lock.json) against the emulator.

``node sdk_tests/node/rest_api_flows.mjs`` configures the client as a web app does (baseUrl = the
emulator's URL; the client adds its /frontegg prefix) in Node with the smallest browser it needs
(``window.location``, ``sessionStorage`` and a cookie jar for the gateway's origin, since the refresh
token travels in an HttpOnly cookie), and runs each flow. One test per flow.

WebAuthn MFA runs as ``@frontegg/redux-store`` drives the client for the login box (its options decoding,
``publicKeyCredentialToJSON`` and request payloads), with ``navigator.credentials`` played by
``frontegg_identity.SoftwareAuthenticator`` in a Python process (sdk_tests/node/authenticator_cli.py)
under this interpreter.
"""

from __future__ import annotations

import sys
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
    env = {**sdk_environment(emulator), "WEBAUTHN_AUTHENTICATOR_PYTHON": sys.executable}
    return run_checks(["node", str(SCRIPT), str(out)], env=env, out=out)


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
    assert enrolled == {"qrCodeIsPng": True, "recoveryCode": True}


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


# ---- WebAuthn MFA (the environment's MFA policy is Force for these flows only)
BROWSER_CREDENTIAL = [
    "authenticatorAttachment",
    "getClientExtensionResults",
    "id",
    "rawId",
    "response",
    "toJSON",
    "type",
]


@pytest.fixture(scope="module")
def webauthn_user(flows: dict[str, Any]) -> str:
    setup = result_of(flows, "mfa_webauthn_setup")
    assert (setup["before"], setup["enforceMFAType"]) == ("DontForce", "Force")
    user_id: str = setup["userId"]
    return user_id


def test_mfa_webauthn_policy_is_restored(flows: dict[str, Any], webauthn_user: str) -> None:
    assert result_of(flows, "mfa_webauthn_policy_restored") == {"enforceMFAType": "DontForce"}


def test_mfa_webauthn_login_asks_to_enroll(flows: dict[str, Any], webauthn_user: str) -> None:
    challenge = result_of(flows, "mfa_webauthn_login_asks_to_enroll")
    assert challenge["mfaRequired"] is True and challenge["hasMfaToken"] is True
    assert challenge["accessToken"] is False and challenge["mfaEnrolled"] is False
    assert challenge["isAllowedToRemember"] in (True, False)


def test_mfa_webauthn_pre_enroll_options(flows: dict[str, Any], webauthn_user: str) -> None:
    options = result_of(flows, "mfa_webauthn_pre_enroll")
    assert options["webauthnToken"] is True and options["rp"]["id"] == "localhost"
    assert options["userId"] == webauthn_user and options["userName"].endswith("@example.com")
    assert options["challengeBytes"] >= 16 and options["decodedExactly"] is True
    assert -7 in options["algorithms"]  # ES256, the software authenticator's algorithm
    assert options["excludeCredentials"] in (0, None)


def test_mfa_webauthn_create_credential(flows: dict[str, Any]) -> None:
    created = result_of(flows, "mfa_webauthn_create_credential")
    assert created == {
        "type": "public-key",
        "authenticatorAttachment": "platform",
        "rawIdBytes": 16,
        "transports": ["internal"],
    }


def test_mfa_webauthn_enrollment(flows: dict[str, Any], webauthn_user: str) -> None:
    enrolled = result_of(flows, "mfa_webauthn_enroll")
    assert enrolled["sub"] == webauthn_user and enrolled["email"].endswith("@example.com")
    assert enrolled["recoveryCode"] is True
    assert enrolled["tenantIds"] and enrolled["activeTenant"] == enrolled["tenantIds"][0]
    assert enrolled["contextToken"] is True and enrolled["refreshCookie"] is True
    # The body redux-store sends: its payload, and options = publicKeyCredentialToJSON(the credential),
    # which walks the browser object's methods as well (they become {}).
    assert enrolled["body"] == {
        "keys": ["deviceType", "mfaToken", "options", "publicKey", "webauthnToken"],
        "deviceType": "Platform",
    }
    assert enrolled["options"] == {
        "keys": BROWSER_CREDENTIAL,
        "response": [
            "attestationObject",
            "clientDataJSON",
            "getAuthenticatorData",
            "getPublicKey",
            "getPublicKeyAlgorithm",
            "getTransports",
        ],
    }


def test_mfa_webauthn_logout(flows: dict[str, Any]) -> None:
    assert result_of(flows, "mfa_webauthn_logout") == {"hadCookie": True, "cleared": True}


def test_mfa_webauthn_login_asks_for_the_device(flows: dict[str, Any]) -> None:
    challenge = result_of(flows, "mfa_webauthn_login_asks_for_the_device")
    assert challenge["mfaRequired"] is True and challenge["hasMfaToken"] is True
    assert challenge["accessToken"] is False and challenge["mfaEnrolled"] is True
    [device] = challenge["webauthn"]
    assert device["id"] is True and device["deviceType"] == "Platform" and device["name"]
    assert challenge["otherDevices"] == 0


def test_mfa_webauthn_pre_verify_options(flows: dict[str, Any]) -> None:
    options = result_of(flows, "mfa_webauthn_pre_verify")
    assert options["webauthnToken"] is True and options["rpId"] == "localhost"
    assert options["challengeBytes"] >= 16 and options["decodedExactly"] is True
    assert options["allowCredentials"] == 1 and options["allowsTheEnrolledCredential"] is True


def test_mfa_webauthn_get_assertion(flows: dict[str, Any], webauthn_user: str) -> None:
    asserted = result_of(flows, "mfa_webauthn_get_assertion")
    assert asserted == {"sameCredential": True, "signCount": 1, "userHandle": webauthn_user}


def test_mfa_webauthn_login(flows: dict[str, Any], webauthn_user: str) -> None:
    verified = result_of(flows, "mfa_webauthn_verify")
    assert verified["sub"] == webauthn_user and verified["activeTenant"]
    assert verified["email"] == result_of(flows, "mfa_webauthn_enroll")["email"]
    assert verified["contextToken"] is True and verified["refreshCookie"] is True
    assert verified["options"] == {
        "keys": BROWSER_CREDENTIAL,
        "response": ["authenticatorData", "clientDataJSON", "signature", "userHandle"],
    }


def test_mfa_webauthn_replay_refused(flows: dict[str, Any]) -> None:
    result_of(flows, "mfa_webauthn_verify")  # the assertion was accepted once
    error = error_of(flows, "mfa_webauthn_replay")  # for a new login's challenge
    assert (error["type"], error["status"], error["errorCode"]) == ("FronteggApiError", 401, "ER-01043")
    error = error_of(flows, "mfa_webauthn_replay_same_request")  # its tokens are spent
    assert (error["type"], error["status"]) == ("FronteggApiError", 401)


# ---------------------------------------------------------------- the admin portal's calls (issue 15)
# The client sends the admin's token and never frontegg-tenant-id or frontegg-user-id: each call acts in
# the token's own account, for the token's own user.
def test_portal_account_access_tokens(flows: dict[str, Any]) -> None:
    assert result_of(flows, "portal_tenant_access_tokens") == {"listed": True, "left": 0}


def test_portal_account_api_tokens(flows: dict[str, Any]) -> None:
    tenant = result_of(flows, "portal_sign_in")["tenantId"]
    assert result_of(flows, "portal_tenant_api_tokens") == {"tenantId": tenant, "listed": True, "left": 0}


def test_portal_personal_tokens(flows: dict[str, Any]) -> None:
    assert result_of(flows, "portal_personal_tokens") == {"apiListed": True, "accessListed": True, "apiLeft": 0}


def test_portal_adds_a_user_and_reads_it_by_id(flows: dict[str, Any]) -> None:
    tenant = result_of(flows, "portal_sign_in")["tenantId"]
    assert result_of(flows, "portal_add_user_and_read_it") == {"sameUser": True, "tenantId": tenant}


def test_portal_loads_roles_and_permissions(flows: dict[str, Any]) -> None:
    loaded = result_of(flows, "portal_roles_and_permissions")
    assert loaded["roles"] >= 2 and loaded["permissions"] > 0 and loaded["categories"] > 0


# ---- passkeys and the signed-in user's WebAuthn MFA devices (openapi/identity-unpublished.yaml)
def test_passkey_registration(flows: dict[str, Any]) -> None:
    registered = result_of(flows, "passkey_register")
    assert registered["decodedExactly"] is True and registered["residentKey"] == "required"
    assert registered["devices"] == [{"id": True, "deviceType": "Platform", "createdAt": True}]
    assert registered["userHandle"] == result_of(flows, "passkey_sign_in_discoverable")["sub"]


@pytest.mark.parametrize(("flow", "listed"), [("passkey_sign_in_discoverable", 0), ("passkey_sign_in_by_email", 1)])
def test_passkey_sign_in(flows: dict[str, Any], flow: str, listed: int) -> None:
    signed = result_of(flows, flow)
    assert signed["mfaRequired"] is False and signed["sub"] == result_of(flows, "passkey_register")["userHandle"]
    assert signed["email"].endswith("@example.com") and signed["activeTenant"]
    assert signed["contextToken"] is True and signed["refreshCookie"] is True
    assert signed["allowCredentials"] == listed


def test_passkey_replay_refused(flows: dict[str, Any]) -> None:
    assert error_of(flows, "passkey_replay")["status"] == 401


def test_my_webauthn_mfa_enroll_then_passkey_sign_in_asks_for_it(flows: dict[str, Any]) -> None:
    enrolled = result_of(flows, "my_mfa_webauthn_enroll")
    assert enrolled["before"] == {"webauthn": 0, "phones": 0, "authenticators": 0, "emails": 0}
    assert enrolled["recoveryCode"] is True
    assert enrolled["webauthn"] == [{"id": True, "deviceType": "CrossPlatform", "name": True}]
    challenge = result_of(flows, "passkey_sign_in_with_mfa")
    assert challenge["mfaRequired"] is True and challenge["sub"] is None and challenge["refreshCookie"] is False


def test_my_webauthn_mfa_disable_and_passkey_delete(flows: dict[str, Any]) -> None:
    assert result_of(flows, "my_mfa_webauthn_disable") == {"allowCredentials": 1, "webauthn": 0}
    assert result_of(flows, "passkey_delete") == {"left": 0}
    assert error_of(flows, "passkey_sign_in_after_delete")["status"] == 401
