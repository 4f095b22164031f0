"""An account's own policies apply at login: lockout, forced MFA, remembered devices and the sessions
configuration (idle timeout, absolute timeout, concurrent sessions).

Each test signs up users in accounts of their own and writes that account's policy with the admin's user
token, so the environment-wide documents stay at their defaults and other accounts are the control.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import jwt
import pytest
from emulator_api import Api, body_of

from frontegg_identity import Client
from frontegg_identity.api.general import refresh_user_token
from frontegg_identity.api.lockout_policy import update_lockout_policy
from frontegg_identity.api.mfa import check_if_allow_to_remember_device
from frontegg_identity.api.mfa_settings import get_security_policy, update_security_policy
from frontegg_identity.api.sessions_management import create_session_configuration
from frontegg_identity.api.user_management import unlock_me
from frontegg_identity.api.user_sessions import get_active_sessions
from frontegg_identity.models.create_session_configuration_request import CreateSessionConfigurationRequest
from frontegg_identity.models.lockout_policy_request import LockoutPolicyRequest
from frontegg_identity.models.mfa_policy_request import MfaPolicyRequest
from frontegg_identity.models.refresh_token import RefreshToken
from frontegg_identity.models.unlock_user_request import UnlockUserRequest

WRONG = "Wrong-password-1"


def _account(api: Api, prefix: str) -> dict[str, Any]:
    """A new user in a new account, with a client carrying the user's token."""
    email = api.new_email(prefix)
    api.sign_up(email)
    token = api.access_token(email)
    tenant = jwt.decode(token, options={"verify_signature": False})["tenantId"]
    return {"email": email, "client": api.client(token), "tenant": tenant}


def _sessions_config(account: dict[str, Any], body: dict[str, Any]) -> None:
    r = create_session_configuration.sync_detailed(
        client=account["client"], body=CreateSessionConfigurationRequest.from_dict(body)
    )
    assert r.status_code == 201, r.content


def _browser(api: Api, email: str) -> tuple[Client, str]:
    """A login in its own cookie jar (so refresh sends that session's cookie) and its access token."""
    client = api.client()
    r = api.login(email, client=client)
    assert r.status_code == 200, r.content
    return client, str(body_of(r)["accessToken"])


def _refresh(browser: Client) -> int:
    return refresh_user_token.sync_detailed(client=browser, body=RefreshToken()).status_code


def test_account_lockout_applies_to_its_users_only(api: Api) -> None:
    strict, control = _account(api, "strict"), _account(api, "control")
    r = update_lockout_policy.sync_detailed(
        client=strict["client"], body=LockoutPolicyRequest.from_dict({"enabled": True, "maxAttempts": 2})
    )
    assert r.status_code == 200, r.content

    for _ in range(2):
        assert api.login(strict["email"], WRONG).status_code == 401
    locked = api.login(strict["email"])
    assert locked.status_code == 401
    assert "locked" in body_of(locked)["errors"][0].lower()
    # The lockout emails an unlock link; its token alone (no sign-in) releases the lock.
    token = api.last_message(strict["email"], "unlock")["token"]
    r = unlock_me.sync_detailed(client=api.client(), body=UnlockUserRequest.from_dict({"token": token}))
    assert r.status_code == 200, r.content
    assert api.login(strict["email"]).status_code == 200

    # The environment's policy (off) still governs the other account.
    for _ in range(3):
        assert api.login(control["email"], WRONG).status_code == 401
    assert api.login(control["email"]).status_code == 200


def test_account_mfa_policy_forces_a_second_factor_there_only(api: Api) -> None:
    forced, control = _account(api, "forced"), _account(api, "relaxed")
    r = update_security_policy.sync_detailed(
        client=forced["client"], body=MfaPolicyRequest.from_dict({"enforceMFAType": "Force"})
    )
    assert r.status_code == 200, r.content

    challenged = body_of(api.login(forced["email"]))
    assert challenged["mfaRequired"] is True and "accessToken" not in challenged
    assert body_of(api.login(control["email"]))["mfaRequired"] is False


def test_remembering_a_device_follows_the_policy_the_account_reads(api: Api) -> None:
    account = _account(api, "remember")
    r = update_security_policy.sync_detailed(
        client=account["client"],
        body=MfaPolicyRequest.from_dict({"enforceMFAType": "Force", "mfaDeviceExpiration": 3600}),
    )
    assert r.status_code == 200, r.content
    policy = body_of(get_security_policy.sync_detailed(client=account["client"]))

    mfa_token = body_of(api.login(account["email"]))["mfaToken"]
    r = check_if_allow_to_remember_device.sync_detailed(client=api.client(), mfa_token=mfa_token)
    assert r.status_code == 200, r.content
    answer = body_of(r)
    assert answer == {"isAllowedToRemember": policy["allowRememberMyDevice"], "mfaDeviceExpiration": 3600}


def test_idle_timeout_ends_sessions_not_refreshed_in_time(api: Api) -> None:
    account = _account(api, "idle")
    _sessions_config(account, {"sessionIdleTimeoutConfiguration": {"isActive": True, "timeout": 600}})
    browser, token = _browser(api, account["email"])

    api.advance(400)
    assert _refresh(browser) == 201  # within 600 s of the login
    api.advance(400)
    assert _refresh(browser) == 201  # 800 s after the login, but 400 s after the last refresh
    api.advance(601)
    assert _refresh(browser) == 401
    sid = jwt.decode(token, options={"verify_signature": False})["sid"]
    assert sid not in {s["id"] for s in body_of(get_active_sessions.sync_detailed(client=account["client"]))}


def test_absolute_timeout_ends_sessions_however_often_they_refresh(api: Api) -> None:
    account = _account(api, "absolute")
    _sessions_config(account, {"sessionTimeoutConfiguration": {"isActive": True, "timeout": 1000}})
    browser, token = _browser(api, account["email"])
    sid = jwt.decode(token, options={"verify_signature": False})["sid"]
    [listed] = [s for s in body_of(get_active_sessions.sync_detailed(client=account["client"])) if s["id"] == sid]
    lifetime = dt.datetime.fromisoformat(listed["expires"]) - dt.datetime.fromisoformat(listed["createdAt"])
    assert lifetime == dt.timedelta(seconds=1000)  # the timeout, not the 30-day refresh lifetime

    api.advance(600)
    assert _refresh(browser) == 201
    api.advance(300)
    assert _refresh(browser) == 201
    api.advance(101)  # 1001 s after the login
    assert _refresh(browser) == 401


def test_concurrent_sessions_limit_ends_the_oldest(api: Api) -> None:
    account = _account(api, "concurrent")  # its own login is session 1
    _sessions_config(account, {"sessionConcurrentConfiguration": {"isActive": True, "maxSessions": 2}})
    first, first_token = _browser(api, account["email"])
    second, second_token = _browser(api, account["email"])
    third, third_token = _browser(api, account["email"])

    assert api.me(first_token).status_code == 401  # ended by the third login
    assert _refresh(first) == 401
    assert api.me(second_token).status_code == 200 and api.me(third_token).status_code == 200
    assert _refresh(second) == 201 and _refresh(third) == 201
    live = body_of(get_active_sessions.sync_detailed(client=api.client(third_token)))
    assert len(live) == 2


# The /vendor twins @frontegg/rest-api 7.119.0 calls (auth/secutiry-poilicy/index.js getVendorMfaPolicy,
# getVendorLockoutPolicy, getVendorPasswordHistoryPolicy): the environment's policy, whatever account the
# signed-in user acts in. (the documented path, how the account writes its own, the field that differs)
VENDOR_TWINS = [
    ("/resources/configurations/v1/mfa-policy", "PUT", {"mfaDeviceExpiration": 3600}, "mfaDeviceExpiration"),
    ("/resources/configurations/v1/lockout-policy", "POST", {"enabled": True, "maxAttempts": 2}, "maxAttempts"),
    (
        "/resources/configurations/v1/password-history-policy",
        "POST",
        {"enabled": True, "historySize": 2},
        "historySize",
    ),
]


@pytest.mark.parametrize(("path", "write", "body", "key"), VENDOR_TWINS)
def test_vendor_twins_read_the_environment_policy(
    api: Api, path: str, write: str, body: dict[str, Any], key: str
) -> None:
    account = _account(api, "vendor-twin")
    user = {"Authorization": f"Bearer {api.access_token(account['email'])}"}
    r = api.http.request(write, "/frontegg/identity" + path, json=body, headers=user)
    assert r.status_code in (200, 201), r.text
    own = api.http.get("/frontegg/identity" + path, headers=user)
    assert own.status_code == 200 and own.json()[key] == body[key], own.text
    environment = api.http.get("/identity" + path, headers={"Authorization": f"Bearer {api.env_token()}"}).json()
    assert environment[key] != body[key]
    vendor = api.http.get("/frontegg/identity" + path + "/vendor", headers=user)
    assert vendor.status_code == 200, vendor.text
    assert vendor.json() == environment
    assert api.http.get("/frontegg/identity" + path + "/vendor").status_code == 401  # it needs a token
