"""The password policy (``env.policies["password"]``) and password history (``env.policies["passwordHistory"]``).

Frontegg's complexity rules follow the OWASP password strength test: lengths and "no three repeated
characters" are required tests; lower case, upper case, digits and special characters are optional
tests, of which ``minOptionalTestsToPass`` must pass (only those switched on in ``optionalTests``
count; all four when it is absent). With ``allowPassphrases``, a password of at least
``minPhraseLength`` characters is a passphrase and skips the optional tests. ``blockPwnedPasswords``
refuses a small built-in list of notoriously breached passwords (the emulator has no breach corpus).
Messages never contain the password.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import BadRequest, Conflict
from . import policies, security
from .model import Environment, User

CODE = "ER-01015"
HISTORY_LIMIT = 10
OPTIONAL_TESTS = {
    "requireLowercase": (re.compile(r"[a-z]"), "a lower-case letter"),
    "requireUppercase": (re.compile(r"[A-Z]"), "an upper-case letter"),
    "requireNumbers": (re.compile(r"[0-9]"), "a digit"),
    "requireSpecialChars": (re.compile(r"[^A-Za-z0-9]"), "a special character"),
}
_REPEATED = re.compile(r"(.)\1\1")
_PWNED = frozenset(
    {
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "password",
        "password1",
        "password123",
        "qwerty",
        "qwerty123",
        "abc123",
        "111111",
        "letmein",
        "welcome",
        "iloveyou",
        "admin123",
        "passw0rd",
        "p@ssw0rd",
    }
)
DEFAULTS: dict[str, Any] = {
    "allowPassphrases": False,
    "maxLength": 128,
    "minLength": 6,
    "minPhraseLength": 20,
    "minOptionalTestsToPass": 0,
    "blockPwnedPasswords": False,
    "optionalTests": {},
    "requiredTests": {},
}


def breached(password: str) -> bool:
    """The password is one known from data breaches (the emulator's built-in list)."""
    return password.lower() in _PWNED


def policy(env: Environment) -> dict[str, Any]:
    return {**DEFAULTS, **env.policies.get("password", {})}


def check(env: Environment, password: str) -> None:
    """Raise a 400 naming the first rule the password breaks."""
    p = policy(env)
    low, high = int(p["minLength"]), int(p["maxLength"])
    if not low <= len(password) <= high:
        raise BadRequest(f"The password must be between {low} and {high} characters long", code=CODE)
    if (p.get("requiredTests") or {}).get("checkThreeRepeatedChars") and _REPEATED.search(password):
        raise BadRequest("The password may not contain three repeated characters in a row", code=CODE)
    if p.get("blockPwnedPasswords") and breached(password):
        raise BadRequest("The password is known from data breaches; choose another", code=CODE)
    if p.get("allowPassphrases") and len(password) >= int(p["minPhraseLength"]):
        return
    wanted = int(p["minOptionalTestsToPass"])
    if wanted <= 0:
        return
    switched_on = {k for k, v in (p.get("optionalTests") or {}).items() if v} or set(OPTIONAL_TESTS)
    tests = [OPTIONAL_TESTS[k] for k in OPTIONAL_TESTS if k in switched_on]
    passed = sum(1 for pattern, _ in tests if pattern.search(password))
    if passed < min(wanted, len(tests)):
        kinds = ", ".join(what for _, what in tests)
        raise BadRequest(f"The password must contain at least {wanted} of: {kinds}", code=CODE)


def validate_config(merged: dict[str, Any]) -> None:
    """Refuse a password policy no password could satisfy (before storing it).

    Out-of-range values are a 400; a minLength above the maxLength (given now or stored before) is a
    409: the two settings clash.
    """
    low, high = merged.get("minLength", 0), merged.get("maxLength", 0)
    if not (isinstance(low, int | float) and isinstance(high, int | float)) or not (low >= 1 and 1 <= high <= 128):
        raise BadRequest("minLength must be at least 1 and maxLength between 1 and 128")
    if high < low:
        raise Conflict(f"minLength ({low}) is greater than maxLength ({high})", code=CODE)
    tests = merged.get("minOptionalTestsToPass", 0)
    if not isinstance(tests, int | float) or not 0 <= tests <= len(OPTIONAL_TESTS):
        raise BadRequest(f"minOptionalTestsToPass must be between 0 and {len(OPTIONAL_TESTS)}")
    phrase = merged.get("minPhraseLength", 20)
    if not isinstance(phrase, int | float) or phrase < 1:
        raise BadRequest("minPhraseLength must be at least 1")


# ------------------------------------------------------------------ history
HISTORY = "passwordHistory"


def history_policy(env: Environment, tenant_id: str | None = None) -> dict[str, Any]:
    """The history policy that applies in an account: the one its admin wrote (a user token writes
    its own account's, as Frontegg's admin portal does), else the environment's."""
    own = policies.stored(env, HISTORY, tenant_id) if tenant_id else None
    return {"enabled": False, "historySize": 1, **(own or policies.stored(env, HISTORY, None))}


def check_reuse(env: Environment, user: User, password: str) -> None:
    """With the history policy on, the current password and the last ``historySize - 1`` ones are refused."""
    p = history_policy(env, user.tenant_id)
    if not p.get("enabled"):
        return
    size = max(1, int(p.get("historySize", 1)))
    recent = [h for h in [user.password_hash, *reversed(user.password_history)] if h][:size]
    if any(security.verify_password(h, password) for h in recent):
        raise BadRequest(f"The password was used recently; the last {size} passwords cannot be reused", code=CODE)


def set_password(env: Environment, user: User, password: str) -> None:
    """Check the policy and history, then store the new hash and remember the old one."""
    check(env, password)
    check_reuse(env, user, password)
    if user.password_hash:
        user.password_history = [*user.password_history, user.password_hash][-HISTORY_LIMIT:]
    user.password_hash = security.hash_password(password)
    user.password_changed_at = security.now(env)
    user.breached_password = breached(password)
