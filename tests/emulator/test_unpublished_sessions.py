"""Unpublished identity operations around a login (openapi/identity-unpublished.yaml): an administrator
revoking a user's sessions, a JWT of the signed-in user for one of its accounts, and step-up.

Each scenario replays what @frontegg/rest-api 7.119.0 sends (auth/index.js revokeSessionsForUser,
generateStepupSession; users/index.js GetUserJwt) and checks the fields it and @frontegg/redux-store
7.119.0 read, plus the abuse cases: wrong token kind, another account's user, a step-up token replayed.
"""

from __future__ import annotations

import random
from typing import Any

import httpx
import jwt
import pyotp
import pytest
from emulator_api import PASSWORD, Api
from response_schema import check

REVOKE = "/identity/resources/users/sessions/v1/revoke"
USER_JWT = "/identity/resources/users/v3/me/token"
STEP_UP = "/identity/resources/auth/v1/user/step-up/generate"
MFA_VERIFY = "/identity/resources/auth/v1/user/mfa/verify"
ACR = "http://schemas.openid.net/pape/policies/2007/06/multi-factor"


def _bearer(token: str, **headers: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", **headers}


def _claims(token: str) -> dict[str, Any]:
    return dict(jwt.decode(token, options={"verify_signature": False}))


def _tenant(token: str) -> str:
    return str(_claims(token)["tenantId"])


def _member(api: Api, tenant_id: str, prefix: str) -> tuple[str, str]:
    """A user added to an account by the environment (default role: read only); its id and email."""
    email = api.new_email(prefix)
    r = api.http.post(
        "/identity/resources/users/v1",
        headers=_bearer(api.env_token(), **{"frontegg-tenant-id": tenant_id}),
        json={"email": email, "password": PASSWORD},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"]), email


def _alive(api: Api, token: str) -> bool:
    return api.me(token).status_code == 200


# ------------------------------------------------------------------ revokeSessionsForUser
def test_an_account_admin_revokes_a_members_sessions(api: Api) -> None:
    admin_email = api.new_email("revoke-admin")
    api.sign_up(admin_email)
    admin = api.access_token(admin_email)
    member_id, member_email = _member(api, _tenant(admin), "revoke-member")
    first, second = api.access_token(member_email), api.access_token(member_email)
    assert _alive(api, first) and _alive(api, second)

    r = api.http.post("/frontegg" + REVOKE, headers=_bearer(admin), json={"userId": member_id})
    assert r.status_code == 201, r.text
    assert not r.content  # rest-api types it Promise<void>
    assert not _alive(api, first) and not _alive(api, second)
    assert _alive(api, admin)  # only the named user's sessions end
    # A new login works: the user is signed out, not locked.
    assert _alive(api, api.access_token(member_email))


def test_revoking_needs_the_permission_and_stays_in_the_account(api: Api) -> None:
    admin_email, outsider_email = api.new_email("revoke-a"), api.new_email("revoke-b")
    api.sign_up(admin_email)
    api.sign_up(outsider_email)
    admin, outsider = api.access_token(admin_email), api.access_token(outsider_email)
    member_id, member_email = _member(api, _tenant(admin), "revoke-ro")
    member = api.access_token(member_email)
    outsider_id = str(_claims(outsider)["sub"])

    # A read-only member lacks fe.secure.delete.sessions: it cannot sign out its admin.
    admin_id = str(_claims(admin)["sub"])
    r = api.http.post(REVOKE, headers=_bearer(member), json={"userId": admin_id})
    assert r.status_code == 403 and r.json()["errors"]
    assert _alive(api, admin)
    # Another account's user is not found from this account, and keeps its session.
    r = api.http.post(REVOKE, headers=_bearer(admin), json={"userId": outsider_id})
    assert r.status_code == 404
    assert _alive(api, outsider)
    # frontegg-tenant-id naming another account changes nothing for a user token.
    r = api.http.post(
        REVOKE, headers=_bearer(admin, **{"frontegg-tenant-id": _tenant(outsider)}), json={"userId": outsider_id}
    )
    assert r.status_code == 403
    assert _alive(api, outsider)
    # Bad input is a 400, no token a 401.
    assert api.http.post(REVOKE, headers=_bearer(admin), json={}).status_code == 400
    assert api.http.post(REVOKE, json={"userId": member_id}).status_code == 401
    assert _alive(api, member)


def test_the_environment_revokes_everywhere_or_in_one_account(api: Api) -> None:
    email = api.new_email("revoke-env")
    user_id = api.sign_up(email)
    token = api.access_token(email)
    env = api.env_token()
    other_email = api.new_email("revoke-env-other")
    api.sign_up(other_email)
    other_account = _tenant(api.access_token(other_email))
    # Scoped to an account the user is not in: not found there, nothing ends.
    r = api.http.post(REVOKE, headers=_bearer(env, **{"frontegg-tenant-id": other_account}), json={"userId": user_id})
    assert r.status_code == 404
    assert _alive(api, token)
    assert api.http.post(REVOKE, headers=_bearer(env), json={"userId": "no-such-user"}).status_code == 404
    r = api.http.post(REVOKE, headers=_bearer(env), json={"userId": user_id})
    assert r.status_code == 201, r.text
    assert not _alive(api, token)


# ------------------------------------------------------------------ GetUserJwt
def test_a_user_jwt_for_the_users_own_account(api: Api) -> None:
    email = api.new_email("user-jwt")
    api.sign_up(email)
    token = api.access_token(email)
    r = api.http.post("/frontegg" + USER_JWT, headers=_bearer(token), json={"tenantId": _tenant(token)})
    assert r.status_code == 201, r.text
    body = r.json()
    check("getUserJwt", 201, body)
    minted = _claims(body["accessToken"])
    assert minted["sub"] == _claims(token)["sub"] and minted["tenantId"] == _tenant(token)
    assert minted["sid"] == _claims(token)["sid"]  # the same login: logging out ends it too
    assert body["expiresIn"] == minted["exp"] - minted["iat"]
    assert _alive(api, body["accessToken"])
    api.http.post("/identity/resources/auth/v1/logout", headers=_bearer(token)).raise_for_status()
    assert not _alive(api, body["accessToken"])


def test_a_user_jwt_is_refused_for_other_accounts_and_other_tokens(api: Api) -> None:
    email, other_email = api.new_email("user-jwt-a"), api.new_email("user-jwt-b")
    api.sign_up(email)
    api.sign_up(other_email)
    token = api.access_token(email)
    for tenant_id in (_tenant(api.access_token(other_email)), "no-such-account"):
        r = api.http.post(USER_JWT, headers=_bearer(token), json={"tenantId": tenant_id})
        assert r.status_code == 403, r.text
    env = api.env_token()
    assert api.http.post(USER_JWT, headers=_bearer(env), json={"tenantId": _tenant(token)}).status_code == 403
    assert api.http.post(USER_JWT, headers=_bearer(token), json={}).status_code == 400
    assert api.http.post(USER_JWT, json={"tenantId": _tenant(token)}).status_code == 401


# ------------------------------------------------------------------ step-up
def _enroll_authenticator(api: Api, email: str, token: str) -> pyotp.TOTP:
    r = api.http.post("/identity/resources/users/v1/mfa/authenticator/enroll", headers=_bearer(token))
    assert r.status_code in (200, 201), r.text
    totp = pyotp.parse_uri(api.authenticator_uri(email))
    r = api.http.post(
        "/identity/resources/users/v1/mfa/authenticator/enroll/verify",
        headers=_bearer(token),
        json={"token": totp.at(api.now())},
    )
    assert r.status_code in (200, 201), r.text
    return totp


def _mfa_login(api: Api, email: str, totp: pyotp.TOTP) -> str:
    login = api.body(api.login(email))
    assert login["mfaRequired"] is True
    api.advance(30)  # a fresh TOTP window for the next code
    r = api.http.post(MFA_VERIFY, json={"mfaToken": login["mfaToken"], "value": totp.at(api.now())})
    assert r.status_code in (200, 201), r.text
    return str(r.json()["accessToken"])


def test_step_up_with_an_authenticator_app(api: Api) -> None:
    email = api.new_email("step-up")
    api.sign_up(email)
    totp = _enroll_authenticator(api, email, api.access_token(email))
    token = _mfa_login(api, email, totp)
    assert "acr" not in _claims(token)  # an ordinary login carries no step-up claims

    r = api.http.post("/frontegg" + STEP_UP, headers=_bearer(token), json={"maxAge": 300})
    assert r.status_code == 201, r.text
    step = r.json()
    check("generateStepUpSession", 201, step)
    # What redux-store's StepUpState reads: the MFA token and the devices to offer.
    assert step["mfaToken"] and step["mfaEnrolled"] is True and "accessToken" not in step
    assert len(step["mfaDevices"]["authenticators"]) == 1

    api.advance(30)
    wrong = "000000" if totp.at(api.now()) != "000000" else "111111"
    assert api.http.post(MFA_VERIFY, json={"mfaToken": step["mfaToken"], "value": wrong}).status_code == 401
    r = api.http.post(MFA_VERIFY, json={"mfaToken": step["mfaToken"], "value": totp.at(api.now())})
    assert r.status_code in (200, 201), r.text
    stepped = _claims(r.json()["accessToken"])
    # redux-store StepUpState/helpers.js isSteppedUp and @frontegg/client StepupValidator.
    assert stepped["acr"] == ACR and stepped["amr"] == ["mfa", "otp"]
    assert abs(stepped["auth_time"] - api.now()) < 5
    assert stepped["sid"] == _claims(token)["sid"]  # the same login, stepped up
    assert r.json()["refreshToken"]
    # The MFA token of a step-up works once.
    api.advance(30)
    replay = api.http.post(MFA_VERIFY, json={"mfaToken": step["mfaToken"], "value": totp.at(api.now())})
    assert replay.status_code == 401

    # Within maxAge the login is already stepped up: new tokens at once, still stepped up.
    fresh = r.json()["accessToken"]
    r = api.http.post(STEP_UP, headers=_bearer(fresh), json={"maxAge": 300})
    assert r.status_code == 201, r.text
    again = r.json()
    check("generateStepUpSession", 201, again)
    assert again["mfaRequired"] is False and _claims(again["accessToken"])["acr"] == ACR
    assert _claims(again["accessToken"])["auth_time"] == stepped["auth_time"]
    # Past maxAge (or without one) a new factor is due.
    api.advance(400)
    assert "mfaToken" in api.http.post(STEP_UP, headers=_bearer(fresh), json={"maxAge": 300}).json()
    assert "mfaToken" in api.http.post(STEP_UP, headers=_bearer(fresh), json={}).json()


def test_step_up_refusals(api: Api) -> None:
    email = api.new_email("step-up-none")
    api.sign_up(email)
    token = api.access_token(email)
    # No MFA device: the error message redux-store matches to offer enrolment first.
    r = api.http.post(STEP_UP, headers=_bearer(token), json={})
    assert r.status_code == 400 and r.json()["errors"] == ["MFA is not enrolled"]
    assert api.http.post(STEP_UP, headers=_bearer(api.env_token()), json={}).status_code == 403
    assert api.http.post(STEP_UP, json={}).status_code == 401
    assert api.http.post(STEP_UP, headers=_bearer(token), json={"maxAge": "soon"}).status_code == 400


def test_a_step_up_of_an_ended_login_fails(api: Api) -> None:
    email = api.new_email("step-up-ended")
    api.sign_up(email)
    totp = _enroll_authenticator(api, email, api.access_token(email))
    token = _mfa_login(api, email, totp)
    step = api.http.post(STEP_UP, headers=_bearer(token), json={}).json()
    api.http.post("/identity/resources/auth/v1/logout", headers=_bearer(token)).raise_for_status()
    api.advance(30)
    r = api.http.post(MFA_VERIFY, json={"mfaToken": step["mfaToken"], "value": totp.at(api.now())})
    assert r.status_code == 401
    assert "accessToken" not in r.json()


@pytest.mark.parametrize("path", [REVOKE, USER_JWT, STEP_UP])
def test_companion_operations_are_routed(api: Api, path: str) -> None:
    with httpx.Client(base_url=api.emu.url) as http:
        assert http.get(path).status_code == 405


def test_step_up_with_an_sms_code_names_sms(api: Api) -> None:
    email = api.new_email("step-up-sms")
    api.sign_up(email)
    token = api.access_token(email)
    phone = "+1415" + "".join(random.choices("0123456789", k=7))
    r = api.http.post(
        "/identity/resources/users/v1/mfa/sms/enroll", headers=_bearer(token), json={"phoneNumber": phone}
    )
    assert r.status_code in (200, 201), r.text
    r = api.http.post(
        "/identity/resources/users/v1/mfa/sms/enroll/verify",
        headers=_bearer(token),
        json={"otcToken": r.json()["otcToken"], "code": api.last_code(phone)},
    )
    assert r.status_code in (200, 201), r.text

    step = api.http.post(STEP_UP, headers=_bearer(token), json={"maxAge": 60}).json()
    (device,) = step["mfaDevices"]["phones"]
    sms = f"/identity/resources/auth/v1/user/mfa/sms/{device['id']}"
    r = api.http.post(sms, json={"mfaToken": step["mfaToken"]})
    assert r.status_code in (200, 201), r.text
    body = {"mfaToken": step["mfaToken"], "otcToken": r.json()["otcToken"], "code": api.last_code(phone)}
    r = api.http.post(sms + "/verify", json=body)
    assert r.status_code in (200, 201), r.text
    claims = _claims(r.json()["accessToken"])
    assert claims["acr"] == ACR and claims["amr"] == ["mfa", "sms"]
    assert claims["sid"] == _claims(token)["sid"]
