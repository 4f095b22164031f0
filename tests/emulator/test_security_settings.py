"""Finding 3 of issue 14: one account's admin cannot change what every other account lives under.

Before the fix an account admin's user token rewrote the environment's password policy, password
history, MFA strategies and groups configuration, and every other account then enforced them. Now the
environment-wide settings refuse user tokens (403, nothing changes), and the password history policy
and the groups configuration, which Frontegg's browser client writes with a user token, are written
for the caller's own account only.
"""

from __future__ import annotations

from typing import Any

import pytest
from security_support import PASSWORD, Isolated

from frontegg_emulator import EmulatorServer

ENVIRONMENT_WIDE = [
    ("POST", "/configurations/v1/password", {"minLength": 30}, "/configurations/v1/password"),
    (
        "POST",
        "/configurations/v1/mfa/strategies",
        {"strategy": "SMS", "isActive": False},
        "/configurations/v1/mfa/strategies",
    ),
]


@pytest.fixture
def env(emu: EmulatorServer) -> Any:
    isolated = Isolated(emu, throttling=False)
    yield isolated
    isolated.close()


@pytest.mark.parametrize(
    ("method", "path", "body", "read"), ENVIRONMENT_WIDE, ids=[p for _, p, _, _ in ENVIRONMENT_WIDE]
)
def test_an_account_admin_cannot_change_environment_wide_settings(
    env: Isolated, method: str, path: str, body: dict[str, Any], read: str
) -> None:
    admin = env.new_email("admin")
    env.sign_up(admin)
    vendor = env.env_token()
    before = env.call("GET", read, vendor).json()
    r = env.call(method, path, env.token(admin), json=body)
    assert r.status_code == 403, r.text
    assert r.json()["errorCode"] == "ER-01004"
    assert env.call("GET", read, vendor).json() == before
    assert env.call(method, path, vendor, json=body).status_code < 300  # the environment's owner may


def _change_password(env: Isolated, email: str, new: str) -> int:
    r = env.call(
        "POST", "/users/v1/passwords/change", env.token(email), json={"password": PASSWORD, "newPassword": new}
    )
    return r.status_code


def test_the_password_history_an_admin_sets_applies_to_its_account_only(env: Isolated) -> None:
    admin, other = env.new_email("admin-a"), env.new_email("admin-b")
    env.sign_up(admin)
    env.sign_up(other)
    policy = {"enabled": True, "historySize": 3}
    r = env.call("POST", "/configurations/v1/password-history-policy", env.token(admin), json=policy)
    assert r.status_code < 300, r.text
    assert env.call("GET", "/configurations/v1/password-history-policy", env.token(admin)).json()["enabled"] is True
    # The environment's and the other account's policy are untouched ...
    assert env.call("GET", "/configurations/v1/password-history-policy", env.env_token()).json()["enabled"] is False
    assert env.call("GET", "/configurations/v1/password-history-policy", env.token(other)).json()["enabled"] is False
    # ... and so is what they enforce: reusing the current password is refused in account A only.
    assert _change_password(env, admin, PASSWORD) == 400
    assert _change_password(env, other, PASSWORD) == 201


def test_the_groups_configuration_an_admin_sets_applies_to_its_account_only(env: Isolated) -> None:
    admin, other = env.new_email("admin-a"), env.new_email("admin-b")
    env.sign_up(admin)
    env.sign_up(other)
    r = env.call("POST", "/groups/v1/config", env.token(admin), json={"enabled": True, "rolesEnabled": False})
    assert r.status_code < 300, r.text
    assert env.call("GET", "/groups/v1/config", env.token(admin)).json()["rolesEnabled"] is False
    assert env.call("GET", "/groups/v1/config", env.token(other)).json()["rolesEnabled"] is True
    assert env.call("GET", "/groups/v1/config", env.env_token()).json()["rolesEnabled"] is True
