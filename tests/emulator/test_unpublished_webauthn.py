"""Passkeys and the signed-in user's WebAuthn MFA devices (openapi/identity-unpublished.yaml), replayed as
``@frontegg/rest-api`` 7.119.0 (auth/index.js) sends them and ``@frontegg/redux-store`` 7.119.0 reads the
answers, with a software authenticator in place of the browser's, and the abuse cases: another user's
passkey or device, a replayed or stale challenge, a cloned authenticator, the wrong kind of token."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import jwt
import pytest
from emulator_api import Api
from response_schema import check

from frontegg_emulator import EmulatorServer
from frontegg_identity.authenticator import AuthenticatorError, SoftwareAuthenticator

ORIGIN = "http://localhost"  # an origin of the emulator's default relying party (rpId localhost)
IDENTITY = "/identity/resources"
PRELOGIN = f"{IDENTITY}/auth/v1/webauthn/prelogin"
POSTLOGIN = f"{IDENTITY}/auth/v1/webauthn/postlogin"
DEVICES = f"{IDENTITY}/users/webauthn/v1/devices"
MFA = f"{IDENTITY}/users/v1/mfa"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def _user(api: Api, prefix: str) -> tuple[str, str, str]:
    """A signed-up user: (email, id, access token)."""
    email = api.new_email(prefix)
    user_id = api.sign_up(email)
    return email, user_id, api.access_token(email)


def _register(api: Api, token: str, key: SoftwareAuthenticator) -> dict[str, Any]:
    """createWebauthnDeviceSession then verifyWebauthnDeviceSession, as the login box does: the options
    under `options`, and {id, response, deviceType} back (redux-store webAuthnVerifyNewDeviceSession)."""
    r = api.http.post(DEVICES, headers=_auth(token))
    assert r.status_code == 201, r.text
    check("createWebauthnDeviceSession", 201, r.json())
    credential = key.create(r.json()["options"], origin=ORIGIN)
    device_type = "Platform" if credential["authenticatorAttachment"] == "platform" else "CrossPlatform"
    body = {"id": credential["id"], "response": credential["response"], "deviceType": device_type}
    r = api.http.post(f"{DEVICES}/verify", headers=_auth(token), json=body)
    assert r.status_code == 201, r.text
    assert not r.content
    return credential


def _prelogin(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    r = api.http.post(PRELOGIN, json=body)
    assert r.status_code == 200, r.text
    check("preLoginWithWebauthn", 200, r.json())
    options: dict[str, Any] = r.json()["options"]
    return options


def _postlogin(api: Api, assertion: dict[str, Any]) -> Any:
    # redux-store webAuthnPostLogin: the credential's JSON, userHandle kept when present, recaptcha and
    # invitation tokens beside it.
    return api.http.post(POSTLOGIN, json={**assertion, "recaptchaToken": "", "invitationToken": ""})


def _signed_in(api: Api, r: Any, user_id: str) -> str:
    assert r.status_code == 200, r.text
    body = r.json()
    check("loginWithWebauthn", 200, body)
    assert body["mfaRequired"] is False
    token = str(body["accessToken"])
    assert jwt.decode(token, options={"verify_signature": False})["sub"] == user_id
    assert any(c.startswith("fe_refresh_") for c in r.cookies)  # the Swift SDK reads this cookie
    assert api.me(token).status_code == 200
    return token


# ---------------------------------------------------------------------------------------------- passkeys
def test_a_registered_passkey_signs_its_user_in_without_a_name(api: Api) -> None:
    email, user_id, token = _user(api, "passkey")
    key = SoftwareAuthenticator(attachment="platform")
    r = api.http.post(DEVICES, headers=_auth(token))
    options = r.json()["options"]
    # What redux-store base64url-decodes: the challenge and the user handle (this user's id).
    assert base64.urlsafe_b64decode(options["user"]["id"] + "==").decode() == user_id
    assert options["authenticatorSelection"]["residentKey"] == "required"
    credential = key.create(options, origin=ORIGIN)
    body = {"id": credential["id"], "response": credential["response"], "deviceType": "Platform"}
    assert api.http.post(f"{DEVICES}/verify", headers=_auth(token), json=body).status_code == 201
    # The registration challenge was single use.
    again = api.http.post(f"{DEVICES}/verify", headers=_auth(token), json=body)
    assert again.status_code == 401

    r = api.http.get(DEVICES, headers=_auth(token))
    assert r.status_code == 200, r.text
    check("listWebauthnDevices", 200, r.json())
    (device,) = r.json()["devices"]
    assert device["deviceType"] == "Platform" and device["createdAt"]

    # The Swift SDK posts {} and reads options.challenge, rpId, timeout and userVerification.
    options = _prelogin(api, {})
    assert options["rpId"] == "localhost" and options["timeout"] > 0 and options["userVerification"]
    assert options.get("allowCredentials", []) == []
    assertion = key.get(options, origin=ORIGIN)
    _signed_in(api, _postlogin(api, assertion), user_id)

    # Replaying the assertion: its challenge is spent.
    r = _postlogin(api, assertion)
    assert r.status_code == 401 and "expired" in r.json()["errors"][0]
    # Naming the user lists its passkeys, which the login box decodes from base64url.
    for named in (_prelogin(api, {"email": email.upper()}), _prelogin(api, {"userId": user_id})):
        assert [c["id"] for c in named["allowCredentials"]] == [credential["id"]]
        _signed_in(api, _postlogin(api, key.get(named, origin=ORIGIN)), user_id)

    # A cloned authenticator (its counter does not go up) is refused, as for an MFA device.
    key.credentials[0].sign_count = 0
    r = _postlogin(api, key.get(_prelogin(api, {}), origin=ORIGIN))
    assert r.status_code == 401
    assert "sign count" in r.json()["errors"][0].lower()


def test_a_passkey_never_signs_in_another_user(api: Api) -> None:
    x_email, x_id, x_token = _user(api, "passkey-x")
    y_email, y_id, _ = _user(api, "passkey-y")
    key = SoftwareAuthenticator(attachment="cross-platform")
    _register(api, x_token, key)

    # Y named, X's passkey answers: the ceremony belongs to Y.
    options = _prelogin(api, {"email": y_email})
    options.pop("allowCredentials")
    r = _postlogin(api, key.get(options, origin=ORIGIN))
    assert r.status_code == 401, r.text
    # X's assertion claiming Y's user handle: refused, X's key proves X only.
    assertion = key.get(_prelogin(api, {}), origin=ORIGIN)
    forged = {**assertion, "response": {**assertion["response"], "userHandle": _b64(y_id.encode())}}
    r = _postlogin(api, forged)
    assert r.status_code == 401 and "another user" in r.json()["errors"][0]
    # A failed attempt spends the challenge: the genuine assertion of it no longer signs anyone in.
    r = _postlogin(api, assertion)
    assert r.status_code == 401 and "expired" in r.json()["errors"][0]
    # A key that holds no registered passkey.
    stranger = SoftwareAuthenticator(attachment="platform")
    stranger.create(
        {
            "rp": {"id": "localhost", "name": "x"},
            "user": {"id": _b64(b"someone"), "name": "s", "displayName": "s"},
            "challenge": _b64(b"0123456789abcdef"),
            "pubKeyCredParams": [{"type": "public-key", "alg": -7}],
        },
        origin=ORIGIN,
    )
    r = _postlogin(api, stranger.get(_prelogin(api, {}), origin=ORIGIN))
    assert r.status_code == 401 and "not registered" in r.json()["errors"][0]
    # X signs in with a fresh challenge.
    _signed_in(api, _postlogin(api, key.get(_prelogin(api, {"email": x_email}), origin=ORIGIN)), x_id)


def test_prelogin_tells_nobody_who_exists(api: Api) -> None:
    email, _, _ = _user(api, "passkey-less")
    unknown = api.new_email("nobody")
    first, second = _prelogin(api, {"email": unknown}), _prelogin(api, {"email": unknown})
    known = _prelogin(api, {"email": email})
    # One credential listed for a name whether or not its user (or a passkey of it) exists, the same
    # each time; the challenges differ.
    assert len(first["allowCredentials"]) == len(known["allowCredentials"]) == 1
    assert first["allowCredentials"] == second["allowCredentials"] != known["allowCredentials"]
    assert first["challenge"] != second["challenge"]
    with pytest.raises(AuthenticatorError):
        SoftwareAuthenticator().get(first, origin=ORIGIN)


def test_passkey_registration_is_the_callers_own(api: Api) -> None:
    _, x_id, x_token = _user(api, "passkey-reg-x")
    _, _, y_token = _user(api, "passkey-reg-y")
    # No token, an environment token: refused before anything is stored.
    assert api.http.get(DEVICES).status_code == 401
    assert api.http.post(DEVICES, headers=_auth(api.env_token())).status_code == 403
    assert api.http.get(DEVICES, headers=_auth(api.env_token())).status_code == 403

    key = SoftwareAuthenticator(attachment="platform")
    r = api.http.post(DEVICES, headers=_auth(x_token))
    credential = key.create(r.json()["options"], origin=ORIGIN)
    body = {"id": credential["id"], "response": credential["response"], "deviceType": "Platform"}
    # Y cannot finish X's registration (and does not spend it).
    assert api.http.post(f"{DEVICES}/verify", headers=_auth(y_token), json=body).status_code == 401
    assert api.http.get(DEVICES, headers=_auth(y_token)).json() == {"devices": []}
    assert api.http.post(f"{DEVICES}/verify", headers=_auth(x_token), json=body).status_code == 201

    # Garbage is a client error, never a 5xx.
    junk = {"id": "AAAA", "response": {"clientDataJSON": "bm90LWpzb24", "attestationObject": "AAAA"}}
    r = api.http.post(f"{DEVICES}/verify", headers=_auth(x_token), json=junk)
    assert r.status_code == 401 and "malformed" in r.json()["errors"][0]
    assert api.http.post(f"{DEVICES}/verify", headers=_auth(x_token), json={"id": 1}).status_code == 400
    assert api.http.post(POSTLOGIN, json={"id": "AAAA", "response": junk["response"]}).status_code == 400
    r = api.http.post(
        POSTLOGIN, json={"id": "AAAA", "response": {**junk["response"], "authenticatorData": "AA", "signature": "AA"}}
    )
    assert r.status_code == 401

    (device,) = api.http.get(DEVICES, headers=_auth(x_token)).json()["devices"]
    # Y cannot delete X's passkey; X can, and it stops signing X in at once.
    assert api.http.delete(f"{DEVICES}/{device['id']}", headers=_auth(y_token)).status_code == 404
    _signed_in(api, _postlogin(api, key.get(_prelogin(api, {}), origin=ORIGIN)), x_id)
    r = api.http.delete(f"{DEVICES}/{device['id']}", headers=_auth(x_token))
    assert r.status_code == 200 and not r.content
    assert api.http.get(DEVICES, headers=_auth(x_token)).json() == {"devices": []}
    r = _postlogin(api, key.get(_prelogin(api, {}), origin=ORIGIN))
    assert r.status_code == 401 and "not registered" in r.json()["errors"][0]
    assert api.http.delete(f"{DEVICES}/{device['id']}", headers=_auth(x_token)).status_code == 404


# ---------------------------------------------------------------------------------------------- MFA devices
def _my_devices(api: Api, token: str) -> dict[str, Any]:
    r = api.http.get(f"{MFA}/devices", headers=_auth(token))
    assert r.status_code == 200, r.text
    check("getMyMfaDevices", 200, r.json())
    return dict(r.json())


def _enroll(api: Api, token: str, key: SoftwareAuthenticator) -> tuple[dict[str, Any], dict[str, Any]]:
    """preEnrollMFAWebAuthn then enrollMFAWebAuthn as redux-store MfaState sends them; (body, answer)."""
    r = api.http.post(f"{MFA}/webauthn/enroll", headers=_auth(token))
    assert r.status_code == 200, r.text
    check("preEnrollMyWebauthnMfa", 200, r.json())
    credential = key.create(r.json()["options"], origin=ORIGIN)
    body = {"deviceType": "CrossPlatform", "webauthnToken": r.json()["webauthnToken"], "options": credential}
    r = api.http.post(f"{MFA}/webauthn/enroll/verify", headers=_auth(token), json=body)
    assert r.status_code == 200, r.text
    check("enrollMyWebauthnMfa", 200, r.json())
    return body, dict(r.json())


def _pre_disable(api: Api, token: str, device_id: str) -> dict[str, Any]:
    r = api.http.post(f"{MFA}/webauthn/{device_id}/disable", headers=_auth(token))
    assert r.status_code == 200, r.text
    check("preDisableWebauthnMfa", 200, r.json())
    return dict(r.json())


def test_the_signed_in_user_adds_and_removes_a_webauthn_mfa_device(api: Api) -> None:
    email, user_id, token = _user(api, "my-webauthn")
    _, _, other = _user(api, "my-webauthn-other")
    assert _my_devices(api, token) == {"webauthn": [], "phones": [], "authenticators": [], "emails": []}
    key = SoftwareAuthenticator(attachment="cross-platform")
    enroll, answer = _enroll(api, token, key)
    assert answer["recoveryCode"]
    # The webauthnToken was single use.
    assert api.http.post(f"{MFA}/webauthn/enroll/verify", headers=_auth(token), json=enroll).status_code == 401
    (device,) = _my_devices(api, token)["webauthn"]
    assert device["deviceType"] == "CrossPlatform"
    assert _my_devices(api, other)["webauthn"] == []

    # MFA is on: a password login now asks for the device, and so does a passkey sign-in.
    login = api.body(api.login(email))
    assert login["mfaRequired"] is True and login["mfaDevices"]["webauthn"] == [device]
    passkey = SoftwareAuthenticator(attachment="platform")
    _register(api, token, passkey)
    r = _postlogin(api, passkey.get(_prelogin(api, {}), origin=ORIGIN))
    assert r.status_code == 200, r.text
    check("loginWithWebauthn", 200, r.json())
    assert r.json()["mfaRequired"] is True and "accessToken" not in r.json()

    # The device works as the login's second factor (the documented MFA step), which moves its counter.
    login = api.body(api.login(email))
    step = f"{IDENTITY}/auth/v1/user/mfa/webauthn/{device['id']}"
    pre = api.http.post(step, json={"mfaToken": login["mfaToken"]}).json()
    verify = {"webauthnToken": pre["webauthnToken"], "options": key.get(pre["options"], origin=ORIGIN)}
    r = api.http.post(f"{step}/verify", json={**verify, "mfaToken": login["mfaToken"]})
    assert r.status_code == 201 and r.json()["accessToken"], r.text

    # Another user cannot touch the device; the environment token is not the user's.
    assert api.http.post(f"{MFA}/webauthn/{device['id']}/disable", headers=_auth(other)).status_code == 404
    assert api.http.get(f"{MFA}/devices", headers=_auth(api.env_token())).status_code == 403
    assert api.http.post(f"{MFA}/webauthn/enroll", headers=_auth(api.env_token())).status_code == 403

    # A cloned authenticator (its counter does not go up) cannot remove the device.
    counter = key.credentials[0].sign_count
    key.credentials[0].sign_count = 0
    pre = _pre_disable(api, token, device["id"])
    cloned = {"webauthnToken": pre["webauthnToken"], "options": key.get(pre["options"], origin=ORIGIN)}
    r = api.http.post(f"{MFA}/webauthn/{device['id']}/disable/verify", headers=_auth(token), json=cloned)
    assert r.status_code == 401 and "sign count" in r.json()["errors"][0].lower()
    assert _my_devices(api, token)["webauthn"] == [device]
    key.credentials[0].sign_count = counter

    pre = _pre_disable(api, token, device["id"])
    assert [c["id"] for c in pre["options"]["allowCredentials"]] == [enroll["options"]["id"]]
    body = {"webauthnToken": pre["webauthnToken"], "options": key.get(pre["options"], origin=ORIGIN)}
    # Not with another user's token.
    r = api.http.post(f"{MFA}/webauthn/{device['id']}/disable/verify", headers=_auth(other), json=body)
    assert r.status_code == 404
    r = api.http.post(f"{MFA}/webauthn/{device['id']}/disable/verify", headers=_auth(token), json=body)
    assert r.status_code == 200, r.text
    assert not r.content
    assert _my_devices(api, token)["webauthn"] == []
    # The device is gone: not found, and a replay of the same proof fails.
    assert api.http.post(f"{MFA}/webauthn/{device['id']}/disable", headers=_auth(token)).status_code == 404
    replay = api.http.post(f"{MFA}/webauthn/{device['id']}/disable/verify", headers=_auth(token), json=body)
    assert replay.status_code == 404
    # No second factor left: MFA is off, the password login and the passkey sign in directly.
    assert api.body(api.login(email))["mfaRequired"] is False
    _signed_in(api, _postlogin(api, passkey.get(_prelogin(api, {}), origin=ORIGIN)), user_id)


def test_a_ceremony_token_works_only_where_it_was_issued(api: Api) -> None:
    _, _, token = _user(api, "my-webauthn-tokens")
    key = SoftwareAuthenticator(attachment="cross-platform")
    _enroll(api, token, key)
    second = SoftwareAuthenticator(attachment="platform")
    _, _ = _enroll(api, token, second)
    first_device, second_device = _my_devices(api, token)["webauthn"]
    # A token issued for removing the first device does not remove the second.
    pre = _pre_disable(api, token, first_device["id"])
    body = {"webauthnToken": pre["webauthnToken"], "options": key.get(pre["options"], origin=ORIGIN)}
    r = api.http.post(f"{MFA}/webauthn/{second_device['id']}/disable/verify", headers=_auth(token), json=body)
    assert r.status_code == 401
    # The second device cannot sign for the first either.
    pre = _pre_disable(api, token, first_device["id"])
    options = dict(pre["options"])
    options.pop("allowCredentials")
    body = {"webauthnToken": pre["webauthnToken"], "options": second.get(options, origin=ORIGIN)}
    r = api.http.post(f"{MFA}/webauthn/{first_device['id']}/disable/verify", headers=_auth(token), json=body)
    assert r.status_code == 401 and "not from this device" in r.json()["errors"][0]
    assert len(_my_devices(api, token)["webauthn"]) == 2
    # A registration token is no removal token, and a missing proof is a 400.
    pre_enroll = api.http.post(f"{MFA}/webauthn/enroll", headers=_auth(token)).json()
    body = {
        "webauthnToken": pre_enroll["webauthnToken"],
        "options": key.get(_pre_disable(api, token, first_device["id"])["options"], origin=ORIGIN),
    }
    r = api.http.post(f"{MFA}/webauthn/{first_device['id']}/disable/verify", headers=_auth(token), json=body)
    assert r.status_code == 401
    r = api.http.post(f"{MFA}/webauthn/{first_device['id']}/disable/verify", headers=_auth(token), json={})
    assert r.status_code == 400
    assert json.loads(r.content)["errors"]


def test_a_passkey_survives_a_restart(tmp_path: Path) -> None:
    """Passkeys are stored with their user (and indexed again on load): after a restart on the same data
    file the passkey still signs its user in, and its signature counter kept counting."""
    data = tmp_path / "emulator.sqlite"
    key = SoftwareAuthenticator(attachment="platform")
    with EmulatorServer(client_id="passkey-restart", api_key="passkey-restart-key", data=data) as emu:
        api = Api(emu)
        _, user_id, token = _user(api, "passkey-restart")
        _register(api, token, key)
        _signed_in(api, _postlogin(api, key.get(_prelogin(api, {}), origin=ORIGIN)), user_id)
        api.http.close()
    with EmulatorServer(client_id="passkey-restart", api_key="passkey-restart-key", data=data) as emu:
        api = Api(emu)
        _signed_in(api, _postlogin(api, key.get(_prelogin(api, {}), origin=ORIGIN)), user_id)
        key.credentials[0].sign_count = 1  # behind the stored counter, as a clone made after the first run
        r = _postlogin(api, key.get(_prelogin(api, {}), origin=ORIGIN))
        assert r.status_code == 401 and "sign count" in r.json()["errors"][0].lower()
        assert api.http.post(PRELOGIN, json=[]).status_code == 400
        api.http.close()
