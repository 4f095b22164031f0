"""Pending steps bound to opaque tokens, and the one-time codes "sent" by email or SMS. No HTTP here.

A step (an MFA enrollment, a code sent to a phone, a reset link) is a ``Challenge`` keyed by the
digest of its token, so the token itself is never stored. A code is six digits, stored as a digest
in the challenge's data and compared in constant time; a few wrong guesses burn the challenge. What
the real service would email or text goes to ``env.outbox``.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import BadRequest, Unauthorized
from . import defaults, failures, security, throttle
from .model import Challenge, Environment, OutboxMessage, new_id

CODE_TTL = defaults.ONE_TIME_CODE_TTL
MAX_ATTEMPTS = defaults.ONE_TIME_CODE_ATTEMPTS
# The spec's phone number pattern (UpdateUser.phoneNumber): E.164, digits optionally separated by dashes.
_PHONE = re.compile(r"^\+[1-9]{1}(\-?)(([0-9])(\-?)){5,13}(([0-9]$){1})")


def take_challenge(env: Environment, token: str, kind: str, user_id: str | None = None) -> Challenge:
    """The pending challenge for this token, if it is of this kind, alive and (optionally) this user's."""
    challenge = env.challenges.get(security.digest(token))
    if (
        challenge is None
        or challenge.kind != kind
        or challenge.expires_at <= security.now(env)
        or (user_id is not None and challenge.user_id != user_id)
    ):
        # The token is a credential: a wrong or expired one fails authentication.
        raise failures.StepTokenInvalid()
    return challenge


def new_step(
    env: Environment, kind: str, user_id: str, ttl: float, data: dict[str, Any] | None = None, *, token: str = ""
) -> str:
    """Record a pending step and return its (new, unless given) opaque token."""
    token = token or security.new_token()
    at = security.now(env)
    key = security.digest(token)
    env.challenges[key] = Challenge(key, kind, user_id, at, at + security.clamp_seconds(ttl), dict(data or {}))
    return token


def pending(env: Environment, key: str, kind: str, user_id: str, ttl: float, data: dict[str, Any]) -> Challenge:
    """A step keyed by a fixed name (one per user and purpose, no token to hand out), replacing any older one.

    Such keys are never SHA-256 digests, so no caller-supplied token can reach them.
    """
    at = security.now(env)
    env.challenges[key] = Challenge(key, kind, user_id, at, at + security.clamp_seconds(ttl), dict(data))
    return env.challenges[key]


def alive(env: Environment, key: str, kind: str, user_id: str) -> Challenge | None:
    challenge = env.challenges.get(key)
    if challenge is None or challenge.kind != kind or challenge.user_id != user_id:
        return None
    if challenge.expires_at <= security.now(env):
        return None
    return challenge


def by_digest(env: Environment, token_hash: str, kind: str) -> Challenge | None:
    """The live challenge stored under this digest (a step that remembers another step's token digest)."""
    challenge = env.challenges.get(token_hash)
    if challenge is None or challenge.kind != kind or challenge.expires_at <= security.now(env):
        return None
    return challenge


def _taken(env: Environment, key: str) -> bool:
    held = env.challenges.get(key)
    return held is not None and held.expires_at > security.now(env)


def finish(env: Environment, *challenges: Challenge) -> None:
    """Forget steps that are done (call only once every check has passed)."""
    for challenge in challenges:
        env.challenges.pop(challenge.token_hash, None)


def send_code(
    env: Environment,
    kind: str,
    user_id: str,
    *,
    channel: str,
    to: str,
    data: dict[str, Any] | None = None,
    ttl: float = CODE_TTL,
    keyed_by_code: bool = False,
) -> tuple[str, str]:
    """Issue a six-digit code, 'send' it, and return ``(token, code)``.

    The code's digest sits in the step's data. With ``keyed_by_code`` the code itself is the token
    (passwordless logins post only the code back); a new code is drawn if another live step holds it.
    """
    code = security.new_code()
    if keyed_by_code:
        replace_pending(env, kind, user_id)
        while _taken(env, security.digest(code)):
            code = security.new_code()
        token = new_step(env, kind, user_id, ttl, {**(data or {}), "code": security.digest(code)}, token=code)
    else:
        token = new_step(env, kind, user_id, ttl, {**(data or {}), "code": security.digest(code)})
    outbox(env, channel, to, kind, user_id, code=code)
    return token, code


def outbox(
    env: Environment,
    channel: str,
    to: str,
    kind: str,
    user_id: str | None,
    *,
    code: str | None = None,
    token: str | None = None,
    link: str | None = None,
) -> None:
    env.outbox.append(OutboxMessage(new_id(), channel, to, kind, security.now(env), code, token, link, user_id))


def replace_pending(env: Environment, kind: str, user_id: str) -> None:
    """Drop the user's earlier steps of this kind: a new code or link replaces the old one, so asking
    again and again never leaves more than one live code to guess at."""
    for key in [k for k, c in env.challenges.of_user(user_id) if c.kind == kind]:  # the index: no walk
        del env.challenges[key]


def take_by_code(env: Environment, code: str, kind: str) -> Challenge:
    """The live step whose code (posted alone, as passwordless logins do) is ``code``.

    The caller names no user, so a wrong code may have been aimed at any live code of this kind: each
    of them counts the failed attempt and burns after ``MAX_ATTEMPTS``. Guessing therefore gets at
    most ``MAX_ATTEMPTS`` tries at any one code, however many codes a victim is sent.
    """
    challenge = env.challenges.get(security.digest(code.strip()))
    if challenge is not None and challenge.kind == kind and challenge.expires_at > security.now(env):
        return challenge
    at = security.now(env)
    for target in [c for c in env.challenges.values() if c.kind == kind and c.expires_at > at]:
        target.attempts += 1
        if target.attempts >= MAX_ATTEMPTS:
            finish(env, target)
    raise failures.StepTokenInvalid()


def check_code(env: Environment, token: str, kind: str, code: str, user_id: str | None = None) -> Challenge:
    """The step of this token if ``code`` is its code; it is not consumed (see ``finish``)."""
    challenge = take_challenge(env, token, kind, user_id)
    verify_code(env, challenge, code)
    return challenge


def verify_code(env: Environment, challenge: Challenge, code: str) -> None:
    guard(env, challenge.user_id)
    if not security.same(str(challenge.data.get("code", "")), security.digest(code.strip())):
        raise wrong(env, challenge, "The code is wrong")


def guard(env: Environment, user_id: str) -> None:
    """Refuse (429) a code check for a user who got too many codes wrong lately, on any step.

    ``MAX_ATTEMPTS`` bounds the guesses per step, but a caller who knows the password can start a
    fresh login (a fresh MFA step) at will; this bounds the guesses per user across steps
    (issue 14, finding 7). Checked before the code is compared, so a right guess gets the 429 too.
    """
    if user_id:
        throttle.check(env, "codeFailures", f"user:{user_id}")


def count_failure(env: Environment, user_id: str) -> None:
    if user_id:
        throttle.record(env, "codeFailures", f"user:{user_id}")


def wrong(env: Environment, challenge: Challenge, message: str, code: str = "ER-01031") -> Unauthorized:
    """Count a failed attempt (401) against a step; after ``MAX_ATTEMPTS`` the step is dropped."""
    count_failure(env, challenge.user_id)
    challenge.attempts += 1
    if challenge.attempts >= MAX_ATTEMPTS:
        finish(env, challenge)
        return Unauthorized(f"{message}; too many attempts, start again", code=code)
    return Unauthorized(message, code=code)


def check_phone(phone_number: str) -> str:
    phone = phone_number.strip()
    if not _PHONE.match(phone):
        raise BadRequest("The phone number is not valid; use the international format, e.g. +14155550123")
    return phone


def mask_phone(phone_number: str) -> str:
    digits = phone_number.strip()
    return "*" * max(0, len(digits) - 4) + digits[-4:]
