"""Unpublished password operations (openapi/identity-unpublished.yaml): checking a reset link before
using it, the recovery channels the forgot-password page offers, and the security center's bulk reset of
breached passwords.

Each scenario replays what @frontegg/rest-api 7.119.0 sends (auth/index.js validateResetPasswordToken,
getPasswordRecoveryStrategies; users/index.js sendResetBreachedPasswordEmails) and checks what
@frontegg/redux-store 7.119.0 reads (ForgotPasswordState: 2xx valid, 400/410 the expired-link screen).
"""

from __future__ import annotations

from typing import Any

import jwt
from emulator_api import PASSWORD, Api
from response_schema import check

VALIDATE = "/identity/resources/users/v1/passwords/reset/validate"
RESET = "/identity/resources/users/v1/passwords/reset"
VERIFY = "/identity/resources/users/v1/passwords/reset/verify"
STRATEGIES = "/identity/resources/configurations/v1/password-recovery/strategies"
BREACHED = "/identity/resources/users/v1/passwords/breached/reset/bulk"
BREACHED_PASSWORD = "password123"  # on the emulator's list of breached passwords (password_policy._PWNED)


def _bearer(token: str, **headers: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", **headers}


def _claims(token: str) -> dict[str, Any]:
    return dict(jwt.decode(token, options={"verify_signature": False}))


# ------------------------------------------------------------------ validateResetPasswordToken
def test_a_reset_link_is_checked_without_being_used(api: Api) -> None:
    email = api.new_email("validate-reset")
    user_id = api.sign_up(email)
    assert api.http.post("/frontegg" + RESET, json={"email": email}).status_code == 201
    token = api.last_message(email, "password-reset")["token"]

    for _ in range(2):  # checking does not use the link up
        r = api.http.post("/frontegg" + VALIDATE, json={"userId": user_id, "token": token})
        assert r.status_code == 201, r.text
        assert not r.content
    r = api.http.post(VERIFY, json={"userId": user_id, "token": token, "password": "A-brand-new-one-7"})
    assert r.status_code == 201, r.text
    # Used: 410, the status the login box shows as an expired link.
    r = api.http.post(VALIDATE, json={"userId": user_id, "token": token})
    assert r.status_code == 410 and r.json()["errors"]


def test_a_reset_link_is_gone_for_anyone_else_and_when_expired(api: Api) -> None:
    email, other = api.new_email("validate-a"), api.new_email("validate-b")
    user_id = api.sign_up(email)
    other_id = api.sign_up(other)
    api.http.post(RESET, json={"email": email}).raise_for_status()
    token = api.last_message(email, "password-reset")["token"]
    answers = [
        api.http.post(VALIDATE, json={"userId": other_id, "token": token}),  # another user's link
        api.http.post(VALIDATE, json={"userId": "no-such-user", "token": token}),
        api.http.post(VALIDATE, json={"userId": user_id, "token": "not-a-token"}),
    ]
    # Alike whatever is wrong: nothing tells a known user from an unknown one.
    assert {r.status_code for r in answers} == {410}
    assert len({r.json()["errorCode"] for r in answers}) == 1
    assert api.http.post(VALIDATE, json={"userId": user_id}).status_code == 400
    api.advance(86400 + 1)  # reset links live a day
    assert api.http.post(VALIDATE, json={"userId": user_id, "token": token}).status_code == 410


# ------------------------------------------------------------------ getPasswordRecoveryStrategies
def test_recovery_strategies_name_the_served_channels(api: Api) -> None:
    r = api.http.get("/frontegg" + STRATEGIES)  # the forgot-password page calls it signed out
    assert r.status_code == 200, r.text
    strategies = r.json()
    check("getPasswordRecoveryStrategies", 200, strategies)
    # ForgotPasswordState offers a choice when both are active; each is a served reset route.
    assert {s["strategy"]: s["isActive"] for s in strategies} == {"email": True, "sms": True}
    unknown = {"identifier": "nobody@example.com", "identifierType": "email"}
    for channel in ("email", "sms"):
        r = api.http.post(f"/identity/resources/users/v2/passwords/reset/{channel}", json=unknown)
        assert r.status_code in (200, 201) and r.json()["sessionId"]


# ------------------------------------------------------------------ sendResetBreachedPasswordEmails
def _account_member(api: Api, env: str, tenant_id: str, password: str, prefix: str) -> str:
    email = api.new_email(prefix)
    r = api.http.post(
        "/identity/resources/users/v1",
        headers=_bearer(env, **{"frontegg-tenant-id": tenant_id}),
        json={"email": email, "password": password},
    )
    assert r.status_code == 201, r.text
    return email


def test_breached_passwords_get_a_reset_email_in_the_callers_account(api: Api) -> None:
    admin_email = api.new_email("breach-admin")
    api.sign_up(admin_email)
    admin = api.access_token(admin_email)
    env = api.env_token()
    tenant_id = str(_claims(admin)["tenantId"])
    weak = _account_member(api, env, tenant_id, BREACHED_PASSWORD, "breach-weak")
    strong = _account_member(api, env, tenant_id, PASSWORD, "breach-strong")
    other_email = api.new_email("breach-other")
    api.sign_up(other_email)
    elsewhere = _account_member(
        api, env, str(_claims(api.access_token(other_email))["tenantId"]), BREACHED_PASSWORD, "breach-elsewhere"
    )

    r = api.http.post("/frontegg" + BREACHED, headers=_bearer(admin))
    assert r.status_code == 201, r.text
    assert not r.content
    assert len(api.outbox(weak, "password-reset")) == 1
    assert api.outbox(strong, "password-reset") == []
    assert api.outbox(elsewhere, "password-reset") == []  # another account's user is not the caller's

    # The emailed link resets the password; a sound new one leaves the breached list.
    message = api.last_message(weak, "password-reset")
    user_id = message["link"].split("userId=")[1].split("&")[0]
    r = api.http.post(VERIFY, json={"userId": user_id, "token": message["token"], "password": "A-brand-new-one-7"})
    assert r.status_code == 201, r.text
    api.advance(601)  # past the send limit's window
    api.http.post(BREACHED, headers=_bearer(admin)).raise_for_status()
    assert len(api.outbox(weak, "password-reset")) == 1


def test_breached_reset_needs_an_admin_and_is_limited(api: Api) -> None:
    admin_email = api.new_email("breach-limit")
    api.sign_up(admin_email)
    admin = api.access_token(admin_email)
    tenant_id = str(_claims(admin)["tenantId"])
    env = api.env_token()
    member = _account_member(api, env, tenant_id, PASSWORD, "breach-member")
    weak = _account_member(api, env, tenant_id, BREACHED_PASSWORD, "breach-limit-weak")
    # A read-only member lacks the permission; no token is a 401.
    r = api.http.post(BREACHED, headers=_bearer(api.access_token(member)))
    assert r.status_code == 403
    assert api.http.post(BREACHED).status_code == 401
    assert api.outbox(weak, "password-reset") == []
    # The environment token names the account; an unknown one is a 404.
    assert api.http.post(BREACHED, headers=_bearer(env, **{"frontegg-tenant-id": "nope"})).status_code == 404
    statuses = [
        api.http.post(BREACHED, headers=_bearer(env, **{"frontegg-tenant-id": tenant_id})).status_code for _ in range(6)
    ]
    assert statuses == [201] * 5 + [429]  # codeSends: five sends per ten minutes
    assert len(api.outbox(weak, "password-reset")) == 5
