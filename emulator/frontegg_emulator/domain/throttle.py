"""Throttling of guessable steps: 429 with Retry-After once a limit is reached. No HTTP here.

Every operation of the spec documents 429, and Frontegg throttles sign-in and one-time code traffic;
without limits a caller could guess six-digit codes or passwords at wire speed. Each limit counts
events for one key (an identifier, a user, a client address) in a sliding window; the limits of an
environment are configurable, and can be switched off, through ``/_emulator/throttling`` so that
suites which hammer one user on purpose (fuzzing) can opt out while throttling tests keep it on.

Keys are counted whether or not the named user exists, so a 429 never tells known and unknown
identifiers apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..errors import BadRequest, TooManyRequests
from . import security
from .model import Environment

POLICY = "emulatorThrottling"


@dataclass(frozen=True)
class Limit:
    max: int
    window: float  # seconds


# What a limit counts -> its default. Generous enough for any human and for ordinary test flows,
# small enough that guessing a six-digit code or a password is hopeless.
DEFAULTS: dict[str, Limit] = {
    # one-time codes and links sent for one identifier (pre-logins, resends)
    "codeSends": Limit(5, 600),
    # wrong one-time codes (passwordless, activation, MFA, reset) for one user or identifier
    "codeFailures": Limit(10, 600),
    # wrong passwords for one identifier (the account's lockout policy, when enabled, acts first)
    "passwordFailures": Limit(10, 300),
}
MAX_EVENTS = 10_000
MAX_WINDOW = 86400.0


def settings(env: Environment) -> dict[str, Any]:
    stored = env.policies.get(POLICY, {})
    limits = {name: {"max": lim.max, "window": lim.window} for name, lim in DEFAULTS.items()}
    for name, value in stored.get("limits", {}).items():
        if name in limits:
            limits[name] = dict(value)
    return {"enabled": bool(stored.get("enabled", True)), "limits": limits}


def configure(env: Environment, body: Any) -> dict[str, Any]:
    """Validate and store ``{enabled?, limits?: {name: {max, window}}}``; the new settings."""
    if not isinstance(body, dict) or set(body) - {"enabled", "limits"}:
        raise BadRequest("Expected {enabled?: boolean, limits?: {name: {max, window}}}")
    enabled = body.get("enabled", settings(env)["enabled"])
    if not isinstance(enabled, bool):
        raise BadRequest("enabled must be a boolean")
    limits = body.get("limits", {})
    if not isinstance(limits, dict):
        raise BadRequest("limits must be an object")
    stored_limits = dict(env.policies.get(POLICY, {}).get("limits", {}))
    for name, value in limits.items():
        if name not in DEFAULTS:
            raise BadRequest(f"unknown limit {name}; known: {', '.join(sorted(DEFAULTS))}")
        if not isinstance(value, dict) or set(value) != {"max", "window"}:
            raise BadRequest(f"{name} must be {{max, window}}")
        count, window = value["max"], value["window"]
        if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_EVENTS:
            raise BadRequest(f"{name}.max must be an integer from 1 to {MAX_EVENTS}")
        if not isinstance(window, int | float) or isinstance(window, bool) or not 0 < window <= MAX_WINDOW:
            raise BadRequest(f"{name}.window must be seconds from 0 to {MAX_WINDOW:.0f}")
        stored_limits[name] = {"max": count, "window": float(window)}
    env.policies[POLICY] = {"enabled": enabled, "limits": stored_limits}
    return settings(env)


def _limit(env: Environment, name: str) -> Limit | None:
    current = settings(env)
    if not current["enabled"]:
        return None
    value = current["limits"][name]
    return Limit(int(value["max"]), float(value["window"]))


def _recent(env: Environment, name: str, key: str, window: float) -> list[float]:
    at = security.now(env)
    slot = f"{name}:{key}"
    hits = [t for t in env.throttle_hits.get(slot, []) if t > at - window]
    if hits:
        env.throttle_hits[slot] = hits
    else:
        env.throttle_hits.pop(slot, None)
    return hits


def check(env: Environment, name: str, key: str) -> None:
    """Refuse (429) when ``key`` has used up limit ``name``; counts nothing."""
    limit = _limit(env, name)
    if limit is None:
        return
    hits = _recent(env, name, key, limit.window)
    if len(hits) >= limit.max:
        retry = math.ceil(hits[-limit.max] + limit.window - security.now(env))
        raise TooManyRequests("Too many attempts; try again later", retry_after=retry, code="ER-01429")


def record(env: Environment, name: str, key: str) -> None:
    """Count one event of limit ``name`` for ``key`` (nothing while throttling is off)."""
    limit = _limit(env, name)
    if limit is None:
        return
    hits = _recent(env, name, key, limit.window)
    hits.append(security.now(env))
    env.throttle_hits[f"{name}:{key}"] = hits[-MAX_EVENTS:]


def spend(env: Environment, name: str, key: str) -> None:
    """Check, then count: for events that are limited whether or not they succeed (sending a code)."""
    check(env, name, key)
    record(env, name, key)


def forget(env: Environment, name: str, key: str) -> None:
    """A success clears the failures it counted (a right password after a typo)."""
    env.throttle_hits.pop(f"{name}:{key}", None)
