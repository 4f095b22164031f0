"""Passkeys: discoverable WebAuthn credentials that sign a user in on their own (first factor). No HTTP here.

Frontegg's passkey calls carry no ceremony token (``@frontegg/rest-api`` 7.119.0 auth/index.js
``webAuthnPostLogin`` and ``verifyNewDeviceSession`` post only the credential), so a pending ceremony
is found by the challenge the authenticator signed: its ``clientDataJSON`` names it, and the step is
stored under the challenge's digest (``codes.new_step(..., token=challenge)``), single use and short
lived like every other step. The credential then names its passkey (``Users.by_passkey``) and with it
the user; py_webauthn checks the signature, the relying party and the signature counter, as the MFA
path does (``mfa.verify_authentication``).
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import json
from typing import Any

from webauthn import generate_authentication_options, generate_registration_options, options_to_json
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from . import codes, failures, mfa
from .model import Environment, MfaDevice, User
from .users import iso

REGISTRATION = "passkey-registration"
LOGIN = "passkey-login"
KIND = "passkey"
DEVICE_TYPES = ("Platform", "CrossPlatform")


def _challenge_of(credential: dict[str, Any]) -> str:
    """The challenge a browser's credential answers, read from its clientDataJSON (base64url)."""
    response = credential.get("response")
    raw = response.get("clientDataJSON") if isinstance(response, dict) else None
    try:
        client_data = json.loads(base64url_to_bytes(raw if isinstance(raw, str) else ""))
        challenge = client_data["challenge"]
    except (ValueError, TypeError, KeyError, binascii.Error):
        challenge = None
    if not isinstance(challenge, str) or not challenge:
        raise failures.PasskeyMalformed()
    return challenge.rstrip("=")


def _ceremony(env: Environment, kind: str, options: Any, user_id: str) -> dict[str, Any]:
    """Keep the options' challenge as a pending step keyed by itself; the options as JSON."""
    data = {"challenge": bytes_to_base64url(options.challenge)}
    codes.new_step(env, kind, user_id, mfa.WEBAUTHN_TTL, data, token=data["challenge"])
    return dict(json.loads(options_to_json(options)))


# ------------------------------------------------------------------ the signed-in user's passkeys
def registration_options(env: Environment, user: User) -> dict[str, Any]:
    """Creation options for a new discoverable credential of ``user`` (its passkeys excluded)."""
    rp_id, rp_name, _ = mfa.relying_party(env)
    options = generate_registration_options(
        rp_id=rp_id,
        rp_name=rp_name,
        user_name=user.email,
        user_id=user.id.encode(),  # the userHandle an assertion returns (checked at sign-in)
        user_display_name=user.name or user.email,
        timeout=mfa.WEBAUTHN_TTL * 1000,
        exclude_credentials=[mfa.descriptor(p) for p in user.passkeys],
        # A passkey is found by the authenticator without a user name: it must be discoverable.
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.REQUIRED,
            require_resident_key=True,
            user_verification=UserVerificationRequirement.PREFERRED,
        ),
    )
    return _ceremony(env, REGISTRATION, options, user.id)


def register(env: Environment, user: User, credential: dict[str, Any], device_type: str | None) -> MfaDevice:
    """Verify a new credential against ``user``'s pending registration and keep it as a passkey."""
    ceremony = codes.take_challenge(env, _challenge_of(credential), REGISTRATION, user.id)
    codes.finish(env, ceremony)  # single use, whatever the outcome
    registration = mfa.verify_registration(env, ceremony, credential)
    if device_type not in DEVICE_TYPES:
        # What the login box sends when it is absent: Platform for a platform authenticator.
        device_type = "Platform" if credential.get("authenticatorAttachment") == "platform" else "CrossPlatform"
    passkey = mfa.webauthn_credential(env, KIND, device_type, registration)
    user.passkeys.append(passkey)
    return passkey


def find(user: User, device_id: str) -> MfaDevice:
    passkey = next((p for p in user.passkeys if p.id == device_id), None)
    if passkey is None:
        raise failures.PasskeyNotFound()
    return passkey


def remove(user: User, device_id: str) -> None:
    gone = find(user, device_id)
    user.passkeys = [p for p in user.passkeys if p is not gone]


# ------------------------------------------------------------------ signing in
def _decoy(env: Environment, named: str) -> PublicKeyCredentialDescriptor:
    """A credential id that no authenticator holds, the same on every call for one name: an unknown user
    (or one without passkeys) gets options that look like a known user's, so prelogin tells nobody who
    exists."""
    mac = hmac.new(env.signing_key_pem.encode(), b"passkey-decoy:" + named.encode(), hashlib.sha256)
    return PublicKeyCredentialDescriptor(id=mac.digest()[:16])


def login_options(env: Environment, user: User | None, named: str) -> dict[str, Any]:
    """Request options for a passkey sign-in. ``named``: the email or id the caller gave ("" for none,
    then any discoverable passkey of the relying party may answer); ``user``: who that is, if anyone."""
    rp_id, _, _ = mfa.relying_party(env)
    allowed: list[PublicKeyCredentialDescriptor] = []
    if user is not None and user.passkeys:
        allowed = [mfa.descriptor(p) for p in user.passkeys]
    elif named:
        allowed = [_decoy(env, named.strip().lower())]
    options = generate_authentication_options(
        rp_id=rp_id,
        timeout=mfa.WEBAUTHN_TTL * 1000,
        allow_credentials=allowed,
        user_verification=UserVerificationRequirement.PREFERRED,
    )
    # A named user binds the ceremony to that user's passkeys; an unknown name binds it to nobody.
    bound = user.id if user is not None else ("-" if named else "")
    return _ceremony(env, LOGIN, options, bound)


def authenticate(env: Environment, credential: dict[str, Any]) -> User:
    """The user whose passkey signed the pending challenge named in ``credential`` (401 otherwise). The
    passkey's signature counter moves on; a replayed or cloned assertion fails."""
    ceremony = codes.take_challenge(env, _challenge_of(credential), LOGIN)
    codes.finish(env, ceremony)  # single use, whatever the outcome
    credential_id = str(credential.get("id") or credential.get("rawId") or "")
    user = env.users.by_passkey(credential_id)
    if user is None:
        raise failures.PasskeyNotRegistered()
    if ceremony.user_id and ceremony.user_id != user.id:
        raise failures.PasskeyOfAnotherUser()
    passkey = next(p for p in user.passkeys if p.credential_id == credential_id.rstrip("="))
    passkey.sign_count = mfa.verify_authentication(env, ceremony, user, passkey, credential)
    return user


def view(passkey: MfaDevice) -> dict[str, Any]:
    return {
        "id": passkey.id,
        "deviceType": passkey.device_type or "CrossPlatform",
        "createdAt": iso(passkey.created_at),
    }
