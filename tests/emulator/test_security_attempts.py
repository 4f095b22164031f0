"""Finding 7 of issue 14: password and code guessing is bounded per user, not only per step.

Before the fix a caller could try passwords without end (the lockout policy is off by default), and
a caller who knew the password could start fresh logins and guess authenticator codes five at a
time per MFA step, forever. Limits are set small here through ``/_emulator/throttling``.
"""

from __future__ import annotations

from typing import Any

import pyotp
import pytest
from security_support import PASSWORD, Isolated

from frontegg_emulator import EmulatorServer

WRONG = "Wrong-horse-1"


def _refused(r: Any) -> None:
    assert r.status_code == 429, r.text
    assert r.json()["errorCode"] == "ER-01429"
    assert int(r.headers["retry-after"]) > 0


@pytest.fixture
def env(emu: EmulatorServer) -> Isolated:
    env = Isolated(emu)
    env.throttling(limits={"passwordFailures": {"max": 3, "window": 60}, "codeFailures": {"max": 4, "window": 60}})
    return env


def test_wrong_passwords_are_limited_per_identifier_known_or_not(env: Isolated) -> None:
    email = env.new_email()
    env.sign_up(email)
    unknown = env.new_email("nobody")
    for who in (email, unknown):
        for _ in range(3):
            r = env.login(who, WRONG)
            assert r.status_code == 401, r.text
        _refused(env.login(who, WRONG))
    # During the wait the right password is refused too, so guessing cannot go on behind the 429;
    # the email's case does not open a second budget.
    _refused(env.login(email))
    _refused(env.login(email.upper()))
    env.admin("POST", "/clock/advance", json={"seconds": 61})
    assert env.login(email).status_code == 200


def test_a_right_password_clears_the_count(env: Isolated) -> None:
    email = env.new_email()
    env.sign_up(email)
    for _ in range(2):
        assert env.login(email, WRONG).status_code == 401
    assert env.login(email).status_code == 200
    for _ in range(3):
        assert env.login(email, WRONG).status_code == 401
    _refused(env.login(email, WRONG))


def _with_authenticator(env: Isolated, email: str) -> pyotp.TOTP:
    r = env.call(
        "PUT",
        "/configurations/v1/mfa-policy",
        env.env_token(),
        json={"enforceMFAType": "Force", "allowRememberMyDevice": False, "mfaDeviceExpiration": 3600},
    )
    assert r.status_code in (200, 201), r.text
    env.sign_up(email)
    login = env.login(email).json()
    r = env.call("POST", "/auth/v1/user/mfa/authenticator/enroll", json={"mfaToken": login["mfaToken"]})
    assert r.status_code == 201, r.text
    totp = pyotp.parse_uri(env.outbox(email, "authenticator-app")[-1]["link"])
    assert isinstance(totp, pyotp.TOTP)
    now = env.admin("GET", "/clock").json()["now"]
    r = env.call(
        "POST",
        "/auth/v1/user/mfa/authenticator/enroll/verify",
        json={"mfaToken": login["mfaToken"], "token": totp.at(now)},
    )
    assert r.status_code == 201, r.text
    return totp


def test_authenticator_codes_are_limited_across_fresh_logins(env: Isolated) -> None:
    email = env.new_email()
    totp = _with_authenticator(env, email)
    now = env.admin("GET", "/clock").json()["now"]
    good = totp.at(now)
    wrong = f"{(int(good) + 500_000) % 1_000_000:06d}"
    for _ in range(2):  # two fresh logins, two wrong codes each: each MFA step alone allows five
        mfa_token = env.login(email).json()["mfaToken"]
        for _ in range(2):
            r = env.call("POST", "/auth/v1/user/mfa/verify", json={"mfaToken": mfa_token, "value": wrong})
            assert r.status_code == 401, r.text
    mfa_token = env.login(email).json()["mfaToken"]
    _refused(env.call("POST", "/auth/v1/user/mfa/verify", json={"mfaToken": mfa_token, "value": good}))
    env.admin("POST", "/clock/advance", json={"seconds": 61})
    now = env.admin("GET", "/clock").json()["now"]
    mfa_token = env.login(email).json()["mfaToken"]
    r = env.call("POST", "/auth/v1/user/mfa/verify", json={"mfaToken": mfa_token, "value": totp.at(now)})
    assert r.status_code == 201, r.text


def test_wrong_activation_codes_burn_the_activation(env: Isolated) -> None:
    email = env.new_email()
    r = env.call(
        "POST",
        "/users/v1/signUp",
        json={"provider": "local", "email": email, "companyName": "Co", "password": PASSWORD},
    )
    assert r.status_code == 201, r.text
    user_id = r.json()["userId"]
    message = env.outbox(email, "activation")[-1]
    good = str(message["code"])
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    body = {"userId": user_id, "token": message["token"], "code": wrong}
    for _ in range(4):
        assert env.call("POST", "/users/v1/activate/code", json=body).status_code == 401
    _refused(env.call("POST", "/users/v1/activate/code", json={**body, "code": good}))
