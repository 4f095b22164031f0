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


@pytest.mark.parametrize("number", [HUGE, "-" + HUGE, "1e400", "9007199254740993"])
def test_out_of_range_numbers_are_refused(emu: EmulatorServer, number: str) -> None:
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


def test_the_largest_safe_integer_still_reaches_validation(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    body = b'[{"key":"k","name":"n","level":9007199254740992}]'
    r = env.call("POST", "/roles/v1", env.env_token(), content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400 and "maximum" in r.text, r.text  # the spec's own bound answers now
