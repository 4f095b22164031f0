"""Default lifetimes and limits live in one module (domain/defaults.py), and what a fresh environment
answers and applies is what that module says."""

from __future__ import annotations

import re
from pathlib import Path

import jwt
from security_support import Isolated

import frontegg_emulator
from frontegg_emulator import EmulatorServer
from frontegg_emulator.domain import defaults

SOURCE = Path(frontegg_emulator.__file__).parent
# The default lifetimes that used to be written out at each use (the refresh token's 30 days four
# times, the remembered device's 14 days three times, the invite link's 30 days in minutes).
LIFETIME_LITERALS = re.compile(r"\b(2592000|1209600|604800|43200)\b")


def test_default_lifetimes_are_written_once() -> None:
    found = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name != "defaults.py" or path.parent.name != "domain"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if LIFETIME_LITERALS.search(line.split("#", 1)[0])
    ]
    assert found == []


def test_a_fresh_environment_answers_and_applies_the_defaults(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    vendor = env.call("GET", "/configurations/v1", env.env_token())
    assert vendor.status_code == 200, vendor.text
    assert vendor.json()["defaultTokenExpiration"] == defaults.ACCESS_TOKEN_TTL
    assert vendor.json()["defaultRefreshTokenExpiration"] == defaults.REFRESH_TOKEN_TTL
    mfa = env.call("GET", "/configurations/v1/mfa-policy", env.env_token())
    assert mfa.status_code == 200 and mfa.json()["mfaDeviceExpiration"] == defaults.MFA_DEVICE_EXPIRATION
    lockout = env.call("GET", "/configurations/v1/lockout-policy", env.env_token()).json()
    assert {k: lockout[k] for k in defaults.LOCKOUT_POLICY} == dict(defaults.LOCKOUT_POLICY)

    email = env.new_email("defaults")
    env.sign_up(email)
    login = env.login(email)
    assert login.status_code == 200, login.text
    assert login.json()["expiresIn"] == defaults.ACCESS_TOKEN_TTL
    claims = jwt.decode(login.json()["accessToken"], options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == defaults.ACCESS_TOKEN_TTL
    cookie = next(v for k, v in login.headers.multi_items() if k == "set-cookie" and "fe_refresh_" in v)
    assert f"Max-Age={defaults.REFRESH_TOKEN_TTL}" in cookie
    env.close()
