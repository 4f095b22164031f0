"""Finding 1 of issue 14: passwordless one-time codes cannot be guessed into someone else's session.

A code is bound to its user and flow: a new code replaces the old one, a wrong guess counts against
every live code it could have hit (burnt after a few), and sends and failures are throttled (429 with
Retry-After) per identifier and per client address.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from security_support import Isolated

from frontegg_emulator import EmulatorServer

EMAIL_FLOW = ("/auth/v1/passwordless/code/prelogin", "/auth/v1/passwordless/code/postlogin", "passwordless-email-code")
SMS_FLOW = (
    "/auth/v1/passwordless/smscode/prelogin",
    "/auth/v1/passwordless/smscode/postlogin",
    "passwordless-sms-code",
)


@pytest.fixture(scope="module")
def emu() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server


def _victim(env: Isolated, flow: tuple[str, str, str]) -> tuple[str, str]:
    """A user who can receive codes of this flow: (email, where its codes go)."""
    email = env.new_email("victim")
    user_id, _ = env.sign_up(email)
    if flow is SMS_FLOW:
        phone = "+14155550199"
        r = env.call("POST", f"/users/phone-numbers/v1/vendor/{user_id}", env.env_token(), json={"phoneNumber": phone})
        assert r.status_code < 300, r.text
        return email, phone
    return email, email


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


@pytest.mark.parametrize("flow", [EMAIL_FLOW, SMS_FLOW], ids=["email", "sms"])
def test_wrong_guesses_burn_the_code(emu: EmulatorServer, flow: tuple[str, str, str]) -> None:
    env = Isolated(emu, throttling=False)  # the binding itself, not the throttle, must stop guessing
    pre, post, kind = flow
    email, to = _victim(env, flow)
    assert env.call("POST", pre, json={"email": email}).status_code in (200, 201)
    code = env.last_code(to, kind)
    for _ in range(5):
        assert env.call("POST", post, json={"token": _wrong(code)}).status_code == 401
    # Before the fix a wrong guess counted nowhere: the right code still worked after any number.
    r = env.call("POST", post, json={"token": code})
    assert r.status_code == 401, r.text
    assert r.json()["errors"] and "errorCode" in r.json()


@pytest.mark.parametrize("flow", [EMAIL_FLOW, SMS_FLOW], ids=["email", "sms"])
def test_a_new_code_replaces_the_old(emu: EmulatorServer, flow: tuple[str, str, str]) -> None:
    env = Isolated(emu, throttling=False)
    pre, post, kind = flow
    email, to = _victim(env, flow)
    env.call("POST", pre, json={"email": email})
    first = env.last_code(to, kind)
    env.call("POST", pre, json={"email": email})
    second = env.last_code(to, kind)
    if first != second:
        assert env.call("POST", post, json={"token": first}).status_code == 401
    r = env.call("POST", post, json={"token": second})
    assert r.status_code == 201, r.text
    assert r.json()["userEmail"] == email


def test_a_wrong_guess_leaves_the_code_usable_below_the_bound(emu: EmulatorServer) -> None:
    env = Isolated(emu, throttling=False)
    pre, post, kind = EMAIL_FLOW
    email, to = _victim(env, EMAIL_FLOW)
    env.call("POST", pre, json={"email": email})
    code = env.last_code(to, kind)
    assert env.call("POST", post, json={"token": _wrong(code)}).status_code == 401
    assert env.call("POST", post, json={"token": code}).status_code == 201  # a typo is forgiven


def test_code_sends_are_throttled_alike_for_known_and_unknown_users(emu: EmulatorServer) -> None:
    env = Isolated(emu)
    pre, _, _ = EMAIL_FLOW
    known, _ = _victim(env, EMAIL_FLOW)
    unknown = env.new_email("nobody")
    for email in (known, unknown):
        answers = [env.call("POST", pre, json={"email": email}) for _ in range(6)]
        assert [a.status_code for a in answers[:5]] == [201] * 5
        assert answers[5].status_code == 429
        assert int(answers[5].headers["Retry-After"]) > 0
        assert answers[5].json()["errorCode"] == "ER-01429"
    assert len(env.outbox(known, "passwordless-email-code")) == 5


def test_wrong_codes_from_one_address_are_throttled(emu: EmulatorServer) -> None:
    env = Isolated(emu)
    env.throttling(limits={"codeFailures": {"max": 3, "window": 60}})
    pre, post, kind = EMAIL_FLOW
    email, to = _victim(env, EMAIL_FLOW)
    for _ in range(3):
        assert env.call("POST", post, json={"token": "000000"}).status_code == 401
    r = env.call("POST", post, json={"token": "000000"})
    assert r.status_code == 429 and 0 < int(r.headers["Retry-After"]) <= 60
    env.http.post("/_emulator/clock/advance", params={"clientId": env.client_id}, json={"seconds": 61})
    env.call("POST", pre, json={"email": email})
    assert env.call("POST", post, json={"token": env.last_code(to, kind)}).status_code == 201
