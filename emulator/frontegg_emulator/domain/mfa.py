"""Second factors: authenticator apps (TOTP), WebAuthn, recovery codes and remembered devices. No HTTP here.

A login that needs a second factor holds an ``mfa`` challenge (``sessions.mfa_challenge``); the steps
here check a factor against it. WebAuthn ceremonies use py_webauthn: options out as JSON with
base64url fields, and the browser's credential verified against the challenge, the relying party of
``env.policies["webauthn"]`` (``PUT /_emulator/webauthn``) and the stored public key and counter.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import segno
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import PublicKeyCredentialDescriptor

from ..errors import Unauthorized
from . import codes, defaults, failures, policies, security
from .codes import take_challenge
from .model import Challenge, Environment, MfaDevice, User, new_id
from .users import find_by_email

MFA = "mfa"
REMEMBERED = "mfa-remembered-device"
WEBAUTHN_REGISTRATION = "webauthn-registration"
WEBAUTHN_AUTHENTICATION = "webauthn-authentication"
WEBAUTHN_TTL = defaults.WEBAUTHN_TTL
ENROLL_TTL = defaults.MFA_ENROLL_TTL
TOTP_ISSUER = "Frontegg emulator"
DEVICE_KINDS = ("authenticator", "sms", "webauthn")
# The name a WebAuthn credential is listed under, by the device type the browser reported.
DEVICE_NAMES = {"Platform": "Platform authenticator", "CrossPlatform": "Security key"}


# ------------------------------------------------------------------ the login's MFA step
def login_challenge(env: Environment, mfa_token: str) -> tuple[Challenge, User]:
    """The pending ``mfa`` step of a login and its user (401 when the token is unknown or expired)."""
    return login_of(env, take_challenge(env, mfa_token, MFA))


def login_by_digest(env: Environment, token_hash: object) -> tuple[Challenge, User]:
    """The login another step was bound to (it kept the digest of the MFA token)."""
    challenge = codes.by_digest(env, token_hash, MFA) if isinstance(token_hash, str) else None
    if challenge is None:
        raise failures.MfaTokenInvalid()
    return login_of(env, challenge)


def login_of(env: Environment, challenge: Challenge) -> tuple[Challenge, User]:
    user = env.users.get(challenge.user_id)
    if user is None:
        raise failures.StepTokenInvalid()
    if user.locked:
        raise failures.UserLocked()
    return challenge, user


def require_strategy(env: Environment, *names: str) -> None:
    """One of these MFA strategies must be active (``env.policies["mfaStrategies"]``: {name: isActive},
    written by createOrUpdateMFAStrategy; strategies never set are active)."""
    active = env.policies.get("mfaStrategies", {})
    if not any(active.get(name, True) for name in names):
        raise failures.MfaStrategyDisabled(names=" / ".join(names))


def require_not_enrolled(user: User) -> None:
    """Enrolling during login is for users without a second factor: anything else would let a password
    alone add a device."""
    if user.mfa_devices:
        raise failures.MfaAlreadyEnrolled()


# ------------------------------------------------------------------ devices and recovery
def find_device(user: User, device_id: str, kind: str) -> MfaDevice:
    device = next((d for d in user.mfa_devices if d.id == device_id and d.kind == kind), None)
    if device is None:
        raise failures.MfaDeviceNotFound()
    return device


def add_device(env: Environment, user: User, kind: str, **fields: Any) -> MfaDevice:
    assert kind in DEVICE_KINDS
    device = MfaDevice(id=new_id(), kind=kind, created_at=security.now(env), **fields)
    user.mfa_devices.append(device)
    return device


def webauthn_credential(env: Environment, kind: str, device_type: str, registration: tuple[str, str, int]) -> MfaDevice:
    """A verified WebAuthn registration (``verify_registration``'s credential id, public key and
    signature counter) as a credential of ``kind``: ``webauthn`` for a second factor, ``passkey`` for
    domain/passkeys.py; named by its kind of authenticator."""
    credential_id, public_key, sign_count = registration
    return MfaDevice(
        id=new_id(),
        kind=kind,
        created_at=security.now(env),
        name=DEVICE_NAMES.get(device_type, "Passkey"),
        credential_id=credential_id,
        public_key=public_key,
        sign_count=sign_count,
        device_type=device_type,
    )


def add_webauthn_device(
    env: Environment, user: User, device_type: str, registration: tuple[str, str, int]
) -> MfaDevice:
    """A WebAuthn second factor of ``user`` from a verified registration."""
    device = webauthn_credential(env, "webauthn", device_type, registration)
    user.mfa_devices.append(device)
    return device


def remove_devices(env: Environment, user: User, devices: list[MfaDevice]) -> None:
    gone = {d.id for d in devices}
    user.mfa_devices = [d for d in user.mfa_devices if d.id not in gone]
    if not user.mfa_devices:
        reset(env, user)


def reset(env: Environment, user: User) -> None:
    """No second factor any more: devices, recovery code and remembered devices are gone."""
    user.mfa_devices.clear()
    user.recovery_code_hash = None
    for key in [k for k, c in env.challenges.of_user(user.id) if c.kind == REMEMBERED]:
        del env.challenges[key]


def issue_recovery_code(user: User) -> str:
    """A new recovery code (the previous one stops working); only its digest is kept."""
    code = "-".join(secrets.token_hex(3).upper() for _ in range(4))
    user.recovery_code_hash = security.digest(code)
    return code


def recover(env: Environment, email: str, recovery_code: str) -> User:
    """The user whose recovery code this is; their MFA is switched off, as Frontegg does."""
    user = find_by_email(env, email)
    expected = user.recovery_code_hash if user is not None else None
    # Compare digests in constant time, and spend the same effort when the user is unknown.
    valid = security.same(expected or security.digest(""), security.digest(recovery_code.strip().upper()))
    if user is None or expected is None or not valid:
        raise failures.RecoveryCodeInvalid()
    reset(env, user)
    return user


# ------------------------------------------------------------------ authenticator apps (TOTP)
def new_totp(env: Environment, user: User) -> tuple[str, str]:
    """A new TOTP seed, and the QR code Frontegg shows for it: a PNG data URL of its otpauth:// URI.

    What a person would scan also goes to the outbox (kind ``authenticator-app``, the URI as ``link``),
    where tests read it the way they read emailed codes.
    """
    secret = security.new_totp_secret()
    uri = security.totp_uri(secret, user.email, TOTP_ISSUER)
    codes.outbox(env, "authenticator-app", user.email, "authenticator-app", user.id, link=uri)
    return secret, segno.make(uri, error="m").png_data_uri(scale=4)


def totp_ok(env: Environment, secret: str, code: str) -> bool:
    return security.verify_totp(secret, code.strip(), security.now(env))


def matching_authenticator(env: Environment, user: User, code: str, device_id: str | None = None) -> MfaDevice | None:
    """The enrolled app whose current code this is; the caller counts a miss (``codes.wrong``)."""
    codes.guard(env, user.id)
    for device in user.mfa_devices:
        if device.kind != "authenticator" or (device_id is not None and device.id != device_id):
            continue
        if device.secret and totp_ok(env, device.secret, code):
            return device
    return None


# ------------------------------------------------------------------ remembered devices
def device_cookie_name(env: Environment) -> str:
    """The remembered-device cookie: fe_device_ followed by the client id without dashes."""
    return "fe_device_" + env.client_id.replace("-", "")


def remember_policy(env: Environment, user: User) -> tuple[bool, int]:
    """Whether the user's account lets a device skip MFA, and for how many seconds."""
    policy = policies.for_account(env, "mfa", user.tenant_id)
    return bool(policy["allowRememberMyDevice"]), int(security.clamp_seconds(policy["mfaDeviceExpiration"]))


def remember(env: Environment, user: User) -> tuple[str, int] | None:
    """A remembered-device token bound to the user, and its lifetime; None when the policy forbids it."""
    allowed, ttl = remember_policy(env, user)
    if not allowed or ttl <= 0:
        return None
    return codes.new_step(env, REMEMBERED, user.id, ttl), ttl


def remembered(env: Environment, user: User, cookie_value: str | None) -> bool:
    """Whether this remembered-device cookie lets the user skip MFA (valid, theirs, within the policy)."""
    if not cookie_value:
        return False
    allowed, ttl = remember_policy(env, user)
    record = env.challenges.get(security.digest(cookie_value))
    if not allowed or record is None or record.kind != REMEMBERED or record.user_id != user.id:
        return False
    at = security.now(env)
    return record.expires_at > at and record.created_at + ttl > at


# ------------------------------------------------------------------ WebAuthn
def relying_party(env: Environment) -> tuple[str, str, list[str]]:
    rp = env.policies.get("webauthn", {})
    rp_id = str(rp.get("rpId") or "localhost")
    origins = [str(o) for o in rp.get("origins") or [f"https://{rp_id}"]]
    return rp_id, str(rp.get("rpName") or TOTP_ISSUER), origins


def descriptor(device: MfaDevice) -> PublicKeyCredentialDescriptor:
    return PublicKeyCredentialDescriptor(id=base64url_to_bytes(device.credential_id or ""))


def registration_options(env: Environment, user: User, mfa_hash: str) -> dict[str, Any]:
    """Creation options for a new credential and the single-use webauthnToken that holds their challenge."""
    rp_id, rp_name, _ = relying_party(env)
    options = generate_registration_options(
        rp_id=rp_id,
        rp_name=rp_name,
        user_name=user.email,
        user_id=user.id.encode(),
        user_display_name=user.name or user.email,
        timeout=WEBAUTHN_TTL * 1000,
        exclude_credentials=[descriptor(d) for d in user.mfa_devices if d.kind == "webauthn"],
    )
    data = {"challenge": bytes_to_base64url(options.challenge), "mfa": mfa_hash}
    token = codes.new_step(env, WEBAUTHN_REGISTRATION, user.id, WEBAUTHN_TTL, data)
    return {"options": json.loads(options_to_json(options)), "webauthnToken": token}


def authentication_options(env: Environment, user: User, device: MfaDevice, mfa_hash: str) -> dict[str, Any]:
    """Request options for one enrolled credential and the single-use webauthnToken of their challenge."""
    rp_id, _, _ = relying_party(env)
    options = generate_authentication_options(
        rp_id=rp_id, timeout=WEBAUTHN_TTL * 1000, allow_credentials=[descriptor(device)]
    )
    data = {"challenge": bytes_to_base64url(options.challenge), "mfa": mfa_hash, "device": device.id}
    token = codes.new_step(env, WEBAUTHN_AUTHENTICATION, user.id, WEBAUTHN_TTL, data)
    return {"options": json.loads(options_to_json(options)), "webauthnToken": token}


def take_ceremony(
    env: Environment, token: str, kind: str, user: User, mfa_hash: str, device_id: str | None = None
) -> Challenge:
    """The ceremony of this webauthnToken, which must belong to this login (and device)."""
    ceremony = take_challenge(env, token, kind, user.id)
    if ceremony.data.get("mfa") != mfa_hash or (device_id is not None and ceremony.data.get("device") != device_id):
        raise failures.WebauthnTokenMismatch()
    return ceremony


def _credential(body: dict[str, Any]) -> dict[str, Any]:
    credential = dict(body)
    credential.setdefault("rawId", credential.get("id"))
    credential.setdefault("type", "public-key")
    return credential


def _failure(what: str, err: Exception) -> Unauthorized:
    # py_webauthn explains what did not match (origin, challenge, RP ID hash, signature, counter);
    # anything else is input it could not even parse.
    reason = str(err).replace(" See __cause__ for more info", "")[:200]
    if not isinstance(err, WebAuthnException):
        reason = "the credential is malformed"
    return failures.WebauthnNotVerified(what=what, reason=reason)


def verify_registration(env: Environment, ceremony: Challenge, credential: dict[str, Any]) -> tuple[str, str, int]:
    """Check a new credential against the ceremony; its (credential id, COSE public key, sign count)."""
    rp_id, _, origins = relying_party(env)
    try:
        verified = verify_registration_response(
            credential=_credential(credential),
            expected_challenge=base64url_to_bytes(ceremony.data["challenge"]),
            expected_rp_id=rp_id,
            expected_origin=origins,
        )
    except Exception as err:  # any parse or verification failure of client input is a 400, never a 500
        raise _failure("registration", err) from None
    credential_id = bytes_to_base64url(verified.credential_id)
    # One credential is one factor: not a second-factor device twice, nor both a device and a passkey
    # (both indexes: domain/model.py Users).
    if env.users.by_passkey(credential_id) is not None or env.users.by_credential_id(credential_id) is not None:
        raise failures.CredentialTaken()
    return credential_id, bytes_to_base64url(verified.credential_public_key), verified.sign_count


def verify_authentication(
    env: Environment, ceremony: Challenge, user: User, device: MfaDevice, credential: dict[str, Any]
) -> int:
    """Check an assertion by this device against the ceremony; the authenticator's new sign count.

    A replayed assertion or a cloned authenticator (a counter that does not go up) fails.
    """
    rp_id, _, origins = relying_party(env)
    body = _credential(credential)
    if any(str(body.get(k) or "").rstrip("=") != device.credential_id for k in ("id", "rawId")):
        raise failures.AssertionFromOtherDevice()
    handle = (body.get("response") or {}).get("userHandle") if isinstance(body.get("response"), dict) else None
    if handle and handle.rstrip("=") != bytes_to_base64url(user.id.encode()):
        raise failures.AssertionForOtherUser()
    try:
        verified = verify_authentication_response(
            credential=body,
            expected_challenge=base64url_to_bytes(ceremony.data["challenge"]),
            expected_rp_id=rp_id,
            expected_origin=origins,
            credential_public_key=base64url_to_bytes(device.public_key or ""),
            credential_current_sign_count=device.sign_count,
        )
    except Exception as err:  # any parse or verification failure of client input is a 400, never a 500
        raise _failure("assertion", err) from None
    return verified.new_sign_count
