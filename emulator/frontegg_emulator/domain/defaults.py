"""Default lifetimes and limits of an emulated environment, in one place. No HTTP, no state.

Each value says where it comes from. "Emulator's choice" marks the ones no public client or Frontegg
document we read pins down: they are what the emulator has always answered, kept so that behaviour does
not change. A value an environment can configure is only the default here; the stored setting wins
(``vendor_seconds``, ``policies.effective``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import security
from .model import Environment

MINUTE = 60
HOUR = 3600
DAY = 86400

# ------------------------------------------------------------------ the environment's JWT settings
# Vendor settings (getVendorConfig / the stored ``vendor`` policy) with their defaults. Emulator's
# choice, kept since the first version: an access token (JWT) lives a day, a refresh token 30 days.
# Frontegg's guide "Authentication basics" (developers.frontegg.com/guides/authentication/overview)
# says the JWT expiration setting governs every JWT, client-credential ones too, as vendor_seconds does.
ACCESS_TOKEN_TTL = DAY  # defaultTokenExpiration
REFRESH_TOKEN_TTL = 30 * DAY  # defaultRefreshTokenExpiration
PASSWORDLESS_TTL = 15 * MINUTE  # defaultPasswordlessTokenExpiration (answered; links and codes use it)

# An environment token (POST /auth/vendor) lives a day: the environment-auth spec's example answers
# ``expiresIn: 86400`` (openapi/environment-auth.yaml).
ENVIRONMENT_TOKEN_TTL = DAY

# ------------------------------------------------------------------ single-use steps (challenges)
ONE_TIME_CODE_TTL = 5 * MINUTE  # emailed and texted codes: Frontegg's one-time codes live for minutes
ONE_TIME_CODE_ATTEMPTS = 5  # wrong tries before a code is burnt (emulator's choice)
MFA_TOKEN_TTL = 10 * MINUTE  # the mfaToken of a login waiting for its second factor (emulator's choice)
MFA_ENROLL_TTL = 10 * MINUTE  # an enrolment started and not finished (emulator's choice)
WEBAUTHN_TTL = 5 * MINUTE  # a WebAuthn ceremony: the browser's timeout is given from it (emulator's choice)
ACTIVATION_TTL = 7 * DAY  # an activation link (emulator's choice)
PASSWORD_RESET_TTL = DAY  # a password-reset link (emulator's choice)
EMAIL_VERIFICATION_TTL = DAY  # verifying a further address or an address change (emulator's choice)
UNLOCK_TTL = DAY  # the unlock link a locked-out user is emailed (emulator's choice)
INVITE_LINK_MINUTES = 30 * 24 * 60  # an invite link without expiresInMinutes: Frontegg's default, 30 days

# ------------------------------------------------------------------ account policies
# The documents login reads for the user's active account (domain/policies.py), as getLockoutPolicy,
# getMfaPolicy and the sessions configuration answer them before anything was written.
LOCKOUT_POLICY: Mapping[str, Any] = {"enabled": False, "maxAttempts": 5}
# 1209600 s (14 days) a remembered device stays trusted: the default the published spec gives for
# mfaDeviceExpiration (openapi/identity.yaml, from Frontegg's spec).
MFA_DEVICE_EXPIRATION = 14 * DAY
MFA_POLICY: Mapping[str, Any] = {
    "enforceMFAType": "DontForce",
    "allowRememberMyDevice": True,
    "mfaDeviceExpiration": MFA_DEVICE_EXPIRATION,
}
# Inactive until configured; the numbers are the emulator's choice (idle 30 minutes, absolute a day,
# 10 concurrent sessions), answered until an account or the environment writes its own.
SESSION_POLICY: Mapping[str, dict[str, Any]] = {
    "sessionIdleTimeoutConfiguration": {"isActive": False, "timeout": 30 * MINUTE},
    "sessionTimeoutConfiguration": {"isActive": False, "timeout": DAY},
    "sessionConcurrentConfiguration": {"isActive": False, "maxSessions": 10},
}

# ------------------------------------------------------------------ what the emulator keeps
RETIRED_REFRESH_KEPT = 20  # rotated-out refresh digests remembered per session for replay detection
SESSION_RETENTION = 7 * DAY  # an ended session is kept this long (the web UI shows recent logouts)
OUTBOX_KEPT = 1000  # newest outbox messages kept


def vendor_seconds(env: Environment, key: str, default: int) -> int:
    """A lifetime from the environment's vendor settings (``defaultTokenExpiration``, ...), else its
    default; at most a century (security.clamp_seconds), as every lifetime read from a setting is."""
    return int(security.clamp_seconds(env.policies.get("vendor", {}).get(key, default)))


def access_token_ttl(env: Environment) -> int:
    return vendor_seconds(env, "defaultTokenExpiration", ACCESS_TOKEN_TTL)


def refresh_token_ttl(env: Environment) -> int:
    return vendor_seconds(env, "defaultRefreshTokenExpiration", REFRESH_TOKEN_TTL)
