"""MFA during login, end to end over HTTP through the generated client, with the MFA policy on Force.

WebAuthn runs against the software authenticator of frontegg_identity (real ES256 keys, attestation
and assertions verified by the emulator with py_webauthn); authenticator apps with real pyotp codes;
SMS and email codes come from the emulator's outbox.
"""

from __future__ import annotations

import base64
import uuid
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import pyotp
import pytest
import segno

from frontegg_identity.api.general import logout
from frontegg_identity.api.mfa import (
    check_if_allow_to_remember_device,
    enroll_authenticator_mfa,
    enroll_sms_mfa,
    enroll_webauthn_mfa,
    pre_enroll_authenticator_mfa,
    pre_enroll_sms_mfa,
    pre_enroll_webauthn_mfa,
    pre_verify_email_otc_mfa,
    pre_verify_sms_mfa,
    pre_verify_webauthn_mfa,
    recover_mfa,
    verify_authenticator_mfa,
    verify_authenticator_mfa_code,
    verify_email_otc_mfa,
    verify_sms_mfa,
    verify_webauthn_mfa,
)
from frontegg_identity.api.passwordless import login_with_email_code, pre_login_with_email_code
from frontegg_identity.api.users import unenroll_user_mfa
from frontegg_identity.authenticator import SoftwareAuthenticator
from frontegg_identity.client import Client
from frontegg_identity.models.auth_request_enroll_mfa_request import AuthRequestEnrollMfaRequest
from frontegg_identity.models.auth_request_verify_mfa_request import AuthRequestVerifyMfaRequest
from frontegg_identity.models.authenticate_user_passwordless import AuthenticateUserPasswordless
from frontegg_identity.models.login_mfa_sms_enroll_request import LoginMfaSmsEnrollRequest
from frontegg_identity.models.login_mfa_sms_enroll_verify_request import LoginMfaSmsEnrollVerifyRequest
from frontegg_identity.models.passwordless_authentication_prelogin import PasswordlessAuthenticationPrelogin
from frontegg_identity.models.recover_mfa import RecoverMfa
from frontegg_identity.models.verify_enroll_mfa_auth_app_request import VerifyEnrollMfaAuthAppRequest
from frontegg_identity.models.verify_mfa_auth_app_request import VerifyMfaAuthAppRequest
from frontegg_identity.models.verify_mfa_email_otc_request import VerifyMfaEmailOtcRequest
from frontegg_identity.models.verify_mfa_sms_request import VerifyMfaSmsRequest
from frontegg_identity.webauthn import (
    authentication_to_verify_request,
    creation_options_json,
    registration_to_enroll_request,
    request_options_json,
)

if TYPE_CHECKING:  # the api fixture (conftest.py) is all the tests use of it
    from emulator_api import Api

ORIGIN = "http://localhost"  # one of the default relying party's origins (rpId localhost)
MFA_TOKEN_TTL = 600


@pytest.fixture(scope="module", autouse=True)
def force_mfa(api: Api) -> None:
    """MFA policy Force through the API when the MFA settings handlers exist, else on the server object."""
    policy = {"enforceMFAType": "Force", "allowRememberMyDevice": True, "mfaDeviceExpiration": 3600}
    r = api.http.put(
        "/identity/resources/configurations/v1/mfa-policy",
        json=policy,
        headers={"Authorization": f"Bearer {api.env_token()}"},
    )
    if r.status_code == 501:
        api.emu.environment.policies["mfa"].update(policy)
    else:
        assert r.status_code in (200, 201), r.text


def _mfa_login(api: Api, email: str, client: Client | None = None) -> dict[str, Any]:
    r = api.login(email, client=client)
    assert r.status_code == 200, r.content
    body = api.body(r)
    assert body["mfaRequired"] is True
    assert "accessToken" not in body
    return dict(body)


def _works(api: Api, body: dict[str, Any]) -> str:
    assert body["mfaRequired"] is False
    token = str(body["accessToken"])
    r = api.me(token)
    assert r.status_code == 200, r.text
    return token


def _totp(api: Api, secret_uri: str) -> str:
    """The current code of the authenticator app, at the emulator's time (tests move its clock)."""
    totp = pyotp.parse_uri(secret_uri)
    assert isinstance(totp, pyotp.TOTP)
    return totp.at(api.now())


def _enroll_authenticator(api: Api, email: str) -> tuple[str, dict[str, Any]]:
    login = _mfa_login(api, email)
    client = api.client()
    pre = pre_enroll_authenticator_mfa.sync_detailed(
        client=client, body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    assert pre.status_code == 201, pre.content
    uri = api.authenticator_uri(email)
    r = enroll_authenticator_mfa.sync_detailed(
        client=client, body=VerifyEnrollMfaAuthAppRequest(token=_totp(api, uri), mfa_token=login["mfaToken"])
    )
    assert r.status_code == 201, r.content
    return uri, dict(api.body(r))


# ---------------------------------------------------------------------------------------------- WebAuthn
def test_webauthn_enrollment_then_login_with_the_security_key(api: Api) -> None:
    email = api.new_email("webauthn")
    api.sign_up(email)
    first = _mfa_login(api, email)
    assert first["mfaEnrolled"] is False

    browser = api.client()
    pre = pre_enroll_webauthn_mfa.sync_detailed(
        client=browser, body=AuthRequestEnrollMfaRequest(mfa_token=first["mfaToken"])
    )
    assert pre.status_code == 201, pre.content
    options = creation_options_json(pre.parsed)
    assert options["rp"]["id"] == "localhost"
    key = SoftwareAuthenticator(attachment="cross-platform")
    credential = key.create(options, origin=ORIGIN)
    enroll = registration_to_enroll_request(
        credential, webauthn_token=pre.parsed.webauthn_token, mfa_token=first["mfaToken"]
    )
    r = enroll_webauthn_mfa.sync_detailed(client=browser, body=enroll)
    assert r.status_code == 201, r.content
    assert r.parsed.recovery_code
    token = _works(api, api.body(r))

    # The webauthnToken and the MFA token were single-use.
    again = enroll_webauthn_mfa.sync_detailed(client=browser, body=enroll)
    assert again.status_code == 401

    r = logout.sync_detailed(client=api.client(token))
    assert r.status_code == 201, r.content
    assert api.me(token).status_code == 401

    second = _mfa_login(api, email)
    assert second["mfaEnrolled"] is True
    (device,) = second["mfaDevices"]["webauthn"]
    assert device["deviceType"] == "CrossPlatform"
    pre = pre_verify_webauthn_mfa.sync_detailed(
        device["id"], client=browser, body=AuthRequestVerifyMfaRequest(mfa_token=second["mfaToken"])
    )
    assert pre.status_code == 201, pre.content
    assertion = key.get(request_options_json(pre.parsed), origin=ORIGIN)
    verify = authentication_to_verify_request(
        assertion, webauthn_token=pre.parsed.webauthn_token, mfa_token=second["mfaToken"]
    )
    r = verify_webauthn_mfa.sync_detailed(device["id"], client=browser, body=verify)
    assert r.status_code == 201, r.content
    _works(api, api.body(r))

    # Replaying the very same request: the MFA token and webauthnToken are spent.
    replay = verify_webauthn_mfa.sync_detailed(device["id"], client=browser, body=verify)
    assert replay.status_code == 401

    # Replaying the old assertion within a new login: its challenge is not the new one.
    third = _mfa_login(api, email)
    pre = pre_verify_webauthn_mfa.sync_detailed(
        device["id"], client=browser, body=AuthRequestVerifyMfaRequest(mfa_token=third["mfaToken"])
    )
    stale = authentication_to_verify_request(
        assertion, webauthn_token=pre.parsed.webauthn_token, mfa_token=third["mfaToken"]
    )
    r = verify_webauthn_mfa.sync_detailed(device["id"], client=browser, body=stale)
    assert r.status_code == 401
    assert "challenge" in api.body(r)["errors"][0].lower()

    # A cloned authenticator (its counter does not go up) is refused even with a fresh challenge.
    pre = pre_verify_webauthn_mfa.sync_detailed(
        device["id"], client=browser, body=AuthRequestVerifyMfaRequest(mfa_token=third["mfaToken"])
    )
    key.credentials[0].sign_count = 0
    cloned = key.get(request_options_json(pre.parsed), origin=ORIGIN)
    r = verify_webauthn_mfa.sync_detailed(
        device["id"],
        client=browser,
        body=authentication_to_verify_request(
            cloned, webauthn_token=pre.parsed.webauthn_token, mfa_token=third["mfaToken"]
        ),
    )
    assert r.status_code == 401
    assert "sign count" in api.body(r)["errors"][0].lower()


def test_webauthn_from_a_foreign_origin_is_rejected(api: Api) -> None:
    email = api.new_email("origin")
    api.sign_up(email)
    login = _mfa_login(api, email)
    browser = api.client()
    pre = pre_enroll_webauthn_mfa.sync_detailed(
        client=browser, body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    key = SoftwareAuthenticator(attachment="platform")
    # A page on another origin (same registrable domain, so the authenticator itself goes along).
    credential = key.create(creation_options_json(pre.parsed), origin="http://localhost:4000")
    r = enroll_webauthn_mfa.sync_detailed(
        client=browser,
        body=registration_to_enroll_request(
            credential, webauthn_token=pre.parsed.webauthn_token, mfa_token=login["mfaToken"]
        ),
    )
    assert r.status_code == 401
    assert "origin" in api.body(r)["errors"][0].lower()

    # A good registration after that still works (new ceremony, same login).
    pre = pre_enroll_webauthn_mfa.sync_detailed(
        client=browser, body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    credential = SoftwareAuthenticator(attachment="platform").create(creation_options_json(pre.parsed), origin=ORIGIN)
    r = enroll_webauthn_mfa.sync_detailed(
        client=browser,
        body=registration_to_enroll_request(
            credential, webauthn_token=pre.parsed.webauthn_token, mfa_token=login["mfaToken"]
        ),
    )
    assert r.status_code == 201, r.content
    assert api.body(r)["mfaRequired"] is False


def test_garbage_webauthn_credentials_are_client_errors(api: Api) -> None:
    email = api.new_email("garbage")
    api.sign_up(email)
    login = _mfa_login(api, email)
    browser = api.client()
    pre = pre_enroll_webauthn_mfa.sync_detailed(
        client=browser, body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    body = {
        "deviceType": "Platform",
        "webauthnToken": pre.parsed.webauthn_token,
        "mfaToken": login["mfaToken"],
        "options": {"id": "AAAA", "response": {"clientDataJSON": "e30", "attestationObject": "AAAA"}},
    }
    r = api.http.post("/identity/resources/auth/v1/user/mfa/webauthn/enroll/verify", json=body)
    assert r.status_code == 401, r.text
    assert r.json()["errorCode"]


# ---------------------------------------------------------------------------------------------- TOTP
def test_authenticator_app_enrollment_and_verification(api: Api) -> None:
    email = api.new_email("totp")
    api.sign_up(email)
    login = _mfa_login(api, email)
    client = api.client()
    pre = pre_enroll_authenticator_mfa.sync_detailed(
        client=client, body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    assert pre.status_code == 201, pre.content
    uri = api.authenticator_uri(email)
    assert uri.startswith("otpauth://totp/")
    # What the login box shows: a PNG data URL of a QR code of exactly that URI.
    qr_code = pre.parsed.qr_code
    assert qr_code.startswith("data:image/png;base64,")
    assert base64.b64decode(qr_code.split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n")
    assert qr_code == segno.make(uri, error="m").png_data_uri(scale=4)
    good = _totp(api, uri)
    wrong = f"{(int(good) + 500_000) % 1_000_000:06d}"
    r = enroll_authenticator_mfa.sync_detailed(
        client=client, body=VerifyEnrollMfaAuthAppRequest(token=wrong, mfa_token=login["mfaToken"])
    )
    assert r.status_code == 401
    r = enroll_authenticator_mfa.sync_detailed(
        client=client, body=VerifyEnrollMfaAuthAppRequest(token=good, mfa_token=login["mfaToken"])
    )
    assert r.status_code == 201, r.content
    assert api.body(r)["recoveryCode"]
    _works(api, api.body(r))

    # Verify with any enrolled app (/mfa/verify, field "value") ...
    again = _mfa_login(api, email)
    (app,) = again["mfaDevices"]["authenticators"]
    r = verify_authenticator_mfa_code.sync_detailed(
        client=client, body=VerifyMfaAuthAppRequest(value=wrong, mfa_token=again["mfaToken"])
    )
    assert r.status_code == 401
    r = verify_authenticator_mfa_code.sync_detailed(
        client=client, body=VerifyMfaAuthAppRequest(value=_totp(api, uri), mfa_token=again["mfaToken"])
    )
    assert r.status_code == 201, r.content
    _works(api, api.body(r))

    # ... or with one device.
    third = _mfa_login(api, email)
    r = verify_authenticator_mfa.sync_detailed(
        "no-such-device", client=client, body=VerifyMfaAuthAppRequest(value=good, mfa_token=third["mfaToken"])
    )
    assert r.status_code == 404
    r = verify_authenticator_mfa.sync_detailed(
        app["id"], client=client, body=VerifyMfaAuthAppRequest(value=_totp(api, uri), mfa_token=third["mfaToken"])
    )
    assert r.status_code == 201, r.content
    _works(api, api.body(r))


def test_enrolled_users_cannot_enroll_another_device_with_a_password_alone(api: Api) -> None:
    email = api.new_email("enrolled")
    api.sign_up(email)
    _enroll_authenticator(api, email)
    login = _mfa_login(api, email)
    r = pre_enroll_webauthn_mfa.sync_detailed(
        client=api.client(), body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    assert r.status_code == 400


def test_wrong_codes_burn_the_mfa_token(api: Api) -> None:
    email = api.new_email("burn")
    api.sign_up(email)
    uri, _ = _enroll_authenticator(api, email)
    login = _mfa_login(api, email)
    good = _totp(api, uri)
    wrong = f"{(int(good) + 500_000) % 1_000_000:06d}"
    for _ in range(5):
        r = verify_authenticator_mfa_code.sync_detailed(
            client=api.client(), body=VerifyMfaAuthAppRequest(value=wrong, mfa_token=login["mfaToken"])
        )
        assert r.status_code == 401
    r = verify_authenticator_mfa_code.sync_detailed(
        client=api.client(), body=VerifyMfaAuthAppRequest(value=good, mfa_token=login["mfaToken"])
    )
    assert r.status_code == 401


# ---------------------------------------------------------------------------------------------- SMS and email
def test_sms_enrollment_and_verification_with_codes_from_the_outbox(api: Api) -> None:
    email = api.new_email("sms")
    phone = "+14155550101"
    api.sign_up(email)
    login = _mfa_login(api, email)
    client = api.client()
    # Login-time enrollment is bound to the login's MFA token.
    r = pre_enroll_sms_mfa.sync_detailed(
        client=client, body=LoginMfaSmsEnrollRequest(phone_number=phone, mfa_token=login["mfaToken"])
    )
    assert r.status_code == 201, r.content
    otc = r.parsed.otc_token
    assert r.parsed.phone_number.endswith("0101") and phone not in r.parsed.phone_number
    code = api.last_code(phone)
    mfa_token = login["mfaToken"]
    r = enroll_sms_mfa.sync_detailed(
        client=client, body=LoginMfaSmsEnrollVerifyRequest(mfa_token=mfa_token, otc_token=otc, code="00000x")
    )
    assert r.status_code == 401
    r = enroll_sms_mfa.sync_detailed(
        client=client, body=LoginMfaSmsEnrollVerifyRequest(mfa_token=mfa_token, otc_token=otc, code=code)
    )
    assert r.status_code == 201, r.content
    assert api.body(r)["recoveryCode"]
    _works(api, api.body(r))

    again = _mfa_login(api, email)
    (device,) = again["mfaDevices"]["phones"]
    r = pre_verify_sms_mfa.sync_detailed(
        device["id"], client=client, body=AuthRequestVerifyMfaRequest(mfa_token=again["mfaToken"])
    )
    assert r.status_code == 201, r.content
    otc = r.parsed.otc_token
    code = api.last_code(phone)
    r = verify_sms_mfa.sync_detailed(
        device["id"],
        client=client,
        body=VerifyMfaSmsRequest(otc_token=otc, code=code, mfa_token=again["mfaToken"]),
    )
    assert r.status_code == 201, r.content
    _works(api, api.body(r))
    # The code was single-use.
    r = verify_sms_mfa.sync_detailed(
        device["id"],
        client=client,
        body=VerifyMfaSmsRequest(otc_token=otc, code=code, mfa_token=again["mfaToken"]),
    )
    assert r.status_code == 401


def test_email_code_as_second_factor(api: Api) -> None:
    email = api.new_email("emailcode")
    api.sign_up(email)
    login = _mfa_login(api, email)
    client = api.client()
    r = pre_verify_email_otc_mfa.sync_detailed(
        client=client, body=AuthRequestVerifyMfaRequest(mfa_token=login["mfaToken"])
    )
    assert r.status_code == 201, r.content
    otc = r.parsed.otc_token
    code = api.last_code(email)
    r = verify_email_otc_mfa.sync_detailed(
        client=client, body=VerifyMfaEmailOtcRequest(otc_token=otc, code="999999x", mfa_token=login["mfaToken"])
    )
    assert r.status_code == 401
    r = verify_email_otc_mfa.sync_detailed(
        client=client, body=VerifyMfaEmailOtcRequest(otc_token=otc, code=code, mfa_token=login["mfaToken"])
    )
    assert r.status_code == 201, r.content
    _works(api, api.body(r))


# ---------------------------------------------------------------------------------------------- recovery, remember
def test_recovery_code_switches_mfa_off(api: Api) -> None:
    email = api.new_email("recover")
    api.sign_up(email)
    _, enrolled = _enroll_authenticator(api, email)
    r = recover_mfa.sync_detailed(client=api.client(), body=RecoverMfa(recovery_code="WRONG-CODE", email=email))
    assert r.status_code == 401
    r = recover_mfa.sync_detailed(
        client=api.client(), body=RecoverMfa(recovery_code=enrolled["recoveryCode"], email=email)
    )
    assert r.status_code == 200, r.content
    login = _mfa_login(api, email)  # Force: MFA is still due, but there is nothing enrolled any more
    assert login["mfaEnrolled"] is False
    assert login["mfaDevices"]["authenticators"] == []
    r = recover_mfa.sync_detailed(
        client=api.client(), body=RecoverMfa(recovery_code=enrolled["recoveryCode"], email=email)
    )
    assert r.status_code == 401


def _passwordless_email_login(api: Api, client: Client, email: str) -> dict[str, Any]:
    r = pre_login_with_email_code.sync_detailed(
        client=client, body=PasswordlessAuthenticationPrelogin(email=email, user_id="", username=email)
    )
    assert r.status_code == 201, r.content
    r = login_with_email_code.sync_detailed(
        client=client, body=AuthenticateUserPasswordless(token=api.last_code(email, "passwordless-email-code"))
    )
    assert r.status_code == 201, r.content
    return dict(api.body(r))


def test_remember_device_cookie_skips_mfa_until_it_expires(api: Api) -> None:
    email = api.new_email("remember")
    api.sign_up(email)
    uri, _ = _enroll_authenticator(api, email)
    browser = api.client()
    login = _mfa_login(api, email, client=browser)
    r = check_if_allow_to_remember_device.sync_detailed(client=browser, mfa_token=login["mfaToken"])
    assert r.status_code == 200, r.content
    assert r.parsed.is_allowed_to_remember is True
    assert r.parsed.mfa_device_expiration == 3600
    r = verify_authenticator_mfa_code.sync_detailed(
        client=browser,
        body=VerifyMfaAuthAppRequest(value=_totp(api, uri), mfa_token=login["mfaToken"], remember_device=True),
    )
    assert r.status_code == 201, r.content
    cookie_name = "fe_device_" + api.emu.credentials.client_id.replace("-", "")
    assert cookie_name in r.headers.get("set-cookie", "")

    # The browser holding the cookie signs in without MFA; another browser still needs it.
    assert _passwordless_email_login(api, browser, email)["mfaRequired"] is False
    assert _passwordless_email_login(api, api.client(), email)["mfaRequired"] is True
    # A cookie copied to another user's browser does not help that user.
    other = api.new_email("other")
    api.sign_up(other)
    cookie = browser.get_httpx_client().cookies.get(cookie_name)
    assert cookie
    assert _passwordless_email_login(api, api.client().with_cookies({cookie_name: cookie}), other)["mfaRequired"]

    api.advance(3601)
    assert _passwordless_email_login(api, browser, email)["mfaRequired"] is True


def test_remember_device_cookie_skips_mfa_at_password_login(api: Api) -> None:
    email = api.new_email("remember-pw")
    api.sign_up(email)
    uri, _ = _enroll_authenticator(api, email)
    browser = api.client()
    login = _mfa_login(api, email, client=browser)
    r = verify_authenticator_mfa_code.sync_detailed(
        client=browser,
        body=VerifyMfaAuthAppRequest(value=_totp(api, uri), mfa_token=login["mfaToken"], remember_device=True),
    )
    assert r.status_code == 201, r.content
    r = api.login(email, client=browser)
    assert api.body(r)["mfaRequired"] is False


def test_vendor_unenrolls_a_users_mfa(api: Api) -> None:
    email = api.new_email("unenroll")
    user_id = api.sign_up(email)
    _enroll_authenticator(api, email)
    assert _mfa_login(api, email)["mfaEnrolled"] is True
    r = unenroll_user_mfa.sync_detailed(user_id, client=api.client(api.env_token()))
    assert r.status_code == 200, r.content
    assert _mfa_login(api, email)["mfaEnrolled"] is False
    r = unenroll_user_mfa.sync_detailed("no-such-user", client=api.client(api.env_token()))
    assert r.status_code == 404


# ---------------------------------------------------------------------------------------------- expiry
def test_mfa_token_expires(api: Api) -> None:
    email = api.new_email("expire")
    api.sign_up(email)
    login = _mfa_login(api, email)
    api.advance(MFA_TOKEN_TTL + 1)
    r = pre_enroll_authenticator_mfa.sync_detailed(
        client=api.client(), body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    assert r.status_code == 401
    assert api.body(r)["errorCode"] == "ER-01030"


def test_disabled_strategy_cannot_be_used(api: Api) -> None:
    def set_email_code(active: bool) -> None:
        r = api.http.post(
            "/identity/resources/configurations/v1/mfa/strategies",
            json={"strategy": "EmailCode", "isActive": active},
            headers={"Authorization": f"Bearer {api.env_token()}"},
        )
        if r.status_code == 501:
            api.emu.environment.policies.setdefault("mfaStrategies", {})["EmailCode"] = active
        else:
            assert r.status_code in (200, 201), r.text

    email = api.new_email("strategy")
    api.sign_up(email)
    login = _mfa_login(api, email)
    set_email_code(False)
    try:
        r = pre_verify_email_otc_mfa.sync_detailed(
            client=api.client(), body=AuthRequestVerifyMfaRequest(mfa_token=login["mfaToken"])
        )
        assert r.status_code == 400
        assert "EmailCode" in api.body(r)["errors"][0]
    finally:
        set_email_code(True)
    r = pre_verify_email_otc_mfa.sync_detailed(
        client=api.client(), body=AuthRequestVerifyMfaRequest(mfa_token=login["mfaToken"])
    )
    assert r.status_code == 201, r.content


def test_sms_enrollment_needs_the_mfa_token(api: Api) -> None:
    r = pre_enroll_sms_mfa.sync_detailed(
        client=api.client(), body=LoginMfaSmsEnrollRequest(phone_number="+14155550199", mfa_token="not-a-token")
    )
    assert r.status_code == 401
    assert api.outbox("+14155550199") == []


def _enroll_webauthn(api: Api, email: str, key: SoftwareAuthenticator) -> Any:
    login = _mfa_login(api, email)
    browser = api.client()
    pre = pre_enroll_webauthn_mfa.sync_detailed(
        client=browser, body=AuthRequestEnrollMfaRequest(mfa_token=login["mfaToken"])
    )
    assert pre.status_code == 201, pre.content
    credential = key.create(creation_options_json(pre.parsed), origin=ORIGIN)
    return enroll_webauthn_mfa.sync_detailed(
        client=browser,
        body=registration_to_enroll_request(
            credential, webauthn_token=pre.parsed.webauthn_token, mfa_token=login["mfaToken"]
        ),
    )


def test_a_credential_id_belongs_to_one_user(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """The credential-id index (Users in domain/model.py): a credential registered by one user is refused
    to another, and free again once its user is gone."""
    from frontegg_identity import authenticator

    same_id = uuid.uuid4().bytes
    monkeypatch.setattr(authenticator, "secrets", SimpleNamespace(token_bytes=lambda n: same_id[:n]))
    first, second = api.new_email("cred-a"), api.new_email("cred-b")
    first_id = api.sign_up(first)
    api.sign_up(second)
    assert _enroll_webauthn(api, first, SoftwareAuthenticator()).status_code == 201
    refused = _enroll_webauthn(api, second, SoftwareAuthenticator())
    assert refused.status_code == 400, refused.content
    assert api.body(refused)["errorCode"] == "ER-01044"

    deleted = api.http.delete(
        f"/identity/resources/users/v1/{first_id}", headers={"Authorization": f"Bearer {api.env_token()}"}
    )
    assert deleted.status_code == 200, deleted.text
    assert _enroll_webauthn(api, second, SoftwareAuthenticator()).status_code == 201
