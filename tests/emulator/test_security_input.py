"""Finding 6 of issue 14: hostile request bodies get a 400 in Frontegg's error shape, never a 500.

Before the fix, JSON nested 10,000 levels deep made the parser raise RecursionError (a 500, on
anonymous login too), and integers such as 10**400 reached float arithmetic and overflowed.
"""

from __future__ import annotations

import pytest
from security_support import Isolated

from frontegg_emulator import EmulatorServer

DEEP_ARRAY = b"[" * 10_000 + b"]" * 10_000
DEEP_OBJECT = b'{"email":' + b'{"a":' * 100 + b"1" + b"}" * 100 + b',"password":"x"}'
HUGE = "1" + "0" * 400


@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT], ids=["10000-deep-array", "100-deep-object"])
@pytest.mark.parametrize("path", ["/auth/v1/user", "/users/v1/signUp", "/auth/v1/passwordless/code/prelogin"])
def test_deep_json_is_refused_anonymously(emu: EmulatorServer, path: str, body: bytes) -> None:
    env = Isolated(emu, throttling=False)
    r = env.call("POST", path, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    assert "nests deeper" in r.json()["errors"][0]


@pytest.mark.parametrize("number", [HUGE, "-" + HUGE, "1e400"])
def test_numbers_beyond_a_double_are_refused(emu: EmulatorServer, number: str) -> None:
    # Node's JSON.parse (Frontegg's services) reads these as Infinity; Python's math overflowed on them.
    env = Isolated(emu, throttling=False)
    token = env.env_token()
    bodies = {
        "/roles/v1": f'[{{"key":"k","name":"n","level":{number}}}]',
        "/configurations/v1/lockout-policy": f'{{"enabled":true,"maxAttempts":{number}}}',
        "/configurations/v1/password-history-policy": f'{{"enabled":true,"historySize":{number}}}',
    }
    for path, body in bodies.items():
        r = env.call("POST", path, token, content=body.encode(), headers={"content-type": "application/json"})
        assert r.status_code == 400, (path, r.text)
        assert "out of range" in r.json()["errors"][0], (path, r.text)


def test_integers_beyond_2_53_reach_validation(emu: EmulatorServer) -> None:
    # Schema-valid data must be accepted (the contract suite sends such integers), so only the
    # schema's own bounds answer.
    env = Isolated(emu, throttling=False)
    body = b'[{"key":"k","name":"n","level":9007199254740993}]'
    r = env.call("POST", "/roles/v1", env.env_token(), content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400 and "maximum" in r.text, r.text
    body = b'{"enabled":true,"maxAttempts":9007199254740993}'
    r = env.call("POST", "/configurations/v1/lockout-policy", env.env_token(), content=body)
    assert r.status_code in (200, 201), r.text


def test_huge_schema_valid_lifetimes_leave_login_working(emu: EmulatorServer) -> None:
    # Before: defaultTokenExpiration=10**300 was stored, then every login and refresh was a 500
    # (a date beyond year 9999). Lifetimes are now computed from at most a hundred years.
    env = Isolated(emu, throttling=False)
    token = env.env_token()
    huge = 10**300
    r = env.call("POST", "/configurations/v1", token, json={"defaultTokenExpiration": huge})
    assert r.status_code in (200, 201), r.text
    r = env.call(
        "POST",
        "/configurations/v1/mfa-policy",
        token,
        json={"enforceMFAType": "DontForce", "allowRememberMyDevice": True, "mfaDeviceExpiration": huge},
    )
    assert r.status_code in (200, 201), r.text
    email = env.new_email()
    user_id, tenant_id = env.sign_up(email)
    r = env.login(email)
    assert r.status_code == 200, r.text
    assert r.json()["expiresIn"] == 100 * 365 * 86400
    assert r.json()["expires"] < "9999"
    r = env.call("POST", "/auth/v1/user/token/refresh", json={})
    assert r.status_code in (200, 201), r.text
    user_token = r.json()["accessToken"]
    headers = {"frontegg-tenant-id": tenant_id, "frontegg-user-id": user_id}
    r = env.call(
        "POST",
        "/tenants/invites/v1/user",
        user_token,
        headers=headers,
        json={"expiresInMinutes": huge, "shouldSendEmail": False},
    )
    assert r.status_code in (200, 201), r.text
    assert env.call("GET", "/tenants/invites/v1/user", user_token, headers=headers).status_code == 200
