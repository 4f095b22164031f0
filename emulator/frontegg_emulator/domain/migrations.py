"""Users migrated from another identity provider, with their password hashes, singly or in bulk. No HTTP.

A migrated user is an ordinary user of the emulator. Its password hash is kept as given and checked
by ``verify_migrated_password`` at the first login; a match re-hashes the password with the
emulator's own argon2id and forgets the foreign hash (as Frontegg does). argon2 hashes are usable as
they are. Supported ``passwordHashType`` values and what ``passwordHashConfig`` (a JSON object in a
string) carries for them:

- ``argon2``: an encoded hash (``$argon2id$v=19$...``, also argon2i/argon2d); no config.
- ``sha256``, ``sha1``: hex or base64 digest of salt + password; config optional:
  ``{"salt": "...", "saltPosition": "prefix" | "suffix"}`` (salt as text, default prefix).
- ``pbkdf2``: Django's ``pbkdf2_<digest>$<iterations>$<salt>$<base64 hash>``, or the bare hash (hex or
  base64) with config ``{"salt", "iterations", "digest": "sha256" | "sha512" | "sha1"}``.
- ``scrypt``: hex or base64 derived key with config ``{"salt", "N", "r", "p"}`` (salt as text; N a power
  of two up to 2^20; defaults N=16384, r=8, p=1).
- ``firebase-scrypt``: Firebase's modified scrypt: base64 hash with config
  ``{"salt", "saltSeparator", "signerKey", "rounds", "memCost"}`` (salt, separator and key in base64,
  as the Firebase console and ``auth:export`` give them).
- ``bcrypt``: ``$2a$``/``$2b$``/``$2y$`` hashes (Auth0, Laravel, Devise exports), checked with pyca's
  bcrypt; like every bcrypt implementation, only the first 72 bytes of the password count.

Bulk migrations are processed lazily, in batches: every read of their status, and every second of the
environment's clock, processes one more batch of ``BATCH`` users (the first read finds the migration
still pending). Each user's failure is recorded in the migration's status and does not stop the others.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
from typing import Any

import bcrypt
from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ..errors import BadRequest, EmulatorError
from . import failures, password_policy, security, users
from .model import Environment, MfaDevice, User, new_id

HASHES = "migratedPasswords"
EXTRAS = "migratedUserExtras"
MIGRATIONS = "bulkMigrations"
BATCH = 25
BCRYPT_MAX_BYTES = 72
BCRYPT_MAX_COST = 16
ARGON2_MAX_MEMORY_KIB = 262144  # 256 MiB: above OWASP's and argon2-cffi's defaults
ARGON2_MAX_TIME_COST = 16
HASH_TYPES = ("bcrypt", "scrypt", "firebase-scrypt", "pbkdf2", "argon2", "sha256", "sha1")
_BCRYPT = re.compile(r"^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$")
_DJANGO_PBKDF2 = re.compile(r"^pbkdf2_(sha1|sha256|sha512)\$(\d+)\$([^$]*)\$([A-Za-z0-9+/=]+)$")
_PBKDF2_DIGESTS = ("sha1", "sha256", "sha512")
_MAX_PBKDF2_ITERATIONS = 1_000_000
_MAX_SCRYPT_N = 2**20
_argon2 = PasswordHasher()


# ------------------------------------------------------------------ hash formats
def _config(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        raise BadRequest("passwordHashConfig must be a JSON object") from None
    if not isinstance(value, dict):
        raise BadRequest("passwordHashConfig must be a JSON object")
    return value


def _digest_bytes(text: str) -> bytes | None:
    """A digest written in hex or base64, or None when it is neither."""
    cleaned = text.strip()
    if re.fullmatch(r"(?:[0-9a-fA-F]{2})+", cleaned):
        return bytes.fromhex(cleaned)
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True) or None
    except (binascii.Error, ValueError):
        return None


def _b64(text: Any, name: str) -> bytes:
    if not isinstance(text, str):
        raise BadRequest(f"passwordHashConfig.{name} must be a base64 string")
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise BadRequest(f"passwordHashConfig.{name} must be a base64 string") from None


def _int(config: dict[str, Any], name: str, default: int, low: int, high: int) -> int:
    value = config.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BadRequest(f"passwordHashConfig.{name} must be an integer from {low} to {high}")
    return value


def _salt(config: dict[str, Any]) -> bytes:
    salt = config.get("salt", "")
    if not isinstance(salt, str):
        raise BadRequest("passwordHashConfig.salt must be a string")
    return salt.encode()


def _scrypt_params(config: dict[str, Any]) -> tuple[int, int, int]:
    n = _int(config, "N", 16384, 2, _MAX_SCRYPT_N)
    if n & (n - 1):
        raise BadRequest("passwordHashConfig.N must be a power of two")
    return n, _int(config, "r", 8, 1, 32), _int(config, "p", 1, 1, 16)


def _scrypt(password: bytes, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * r * (n + p + 2) + 2**20)


def check_hash(hash_type: str, password_hash: str, config_text: str | None) -> dict[str, Any]:
    """Validate a foreign hash and its configuration; the record ``verify_hash`` reads later."""
    config = _config(config_text)
    if hash_type == "argon2":
        try:  # reads the $argon2id$/$argon2i$/$argon2d$ encoding and refuses anything else
            params = extract_parameters(password_hash)
        except InvalidHashError:
            raise BadRequest("An argon2 passwordHash must be an encoded $argon2...$ hash") from None
        # As for bcrypt: each login checks the hash under the environment's lock.
        if params.memory_cost > ARGON2_MAX_MEMORY_KIB or params.time_cost > ARGON2_MAX_TIME_COST:
            raise BadRequest(
                f"An argon2 passwordHash may use at most m={ARGON2_MAX_MEMORY_KIB} (KiB) and t={ARGON2_MAX_TIME_COST}"
            )
    elif hash_type == "bcrypt":
        if not _BCRYPT.match(password_hash):
            raise BadRequest("A bcrypt passwordHash must be a $2a$/$2b$/$2y$ hash")
        # Each login checks the hash under the environment's lock: a cost of 31 would hold it for days.
        if not 4 <= int(password_hash.split("$")[2]) <= BCRYPT_MAX_COST:
            raise BadRequest(f"A bcrypt passwordHash must have a cost from 04 to {BCRYPT_MAX_COST}")
    elif hash_type in ("sha256", "sha1"):
        if _digest_bytes(password_hash) is None:
            raise BadRequest(f"A {hash_type} passwordHash must be hex or base64")
        _salt(config)
        if config.get("saltPosition", "prefix") not in ("prefix", "suffix"):
            raise BadRequest("passwordHashConfig.saltPosition must be prefix or suffix")
    elif hash_type == "pbkdf2":
        encoded = _DJANGO_PBKDF2.match(password_hash)
        if encoded:
            if not 1 <= int(encoded.group(2)) <= _MAX_PBKDF2_ITERATIONS:
                raise BadRequest("The pbkdf2 iteration count is out of range")
        else:
            if _digest_bytes(password_hash) is None:
                raise BadRequest("A pbkdf2 passwordHash must be pbkdf2_<digest>$... or hex/base64 with a config")
            _salt(config)
            _int(config, "iterations", 10000, 1, _MAX_PBKDF2_ITERATIONS)
            if config.get("digest", "sha256") not in _PBKDF2_DIGESTS:
                raise BadRequest("passwordHashConfig.digest must be sha1, sha256 or sha512")
    elif hash_type == "scrypt":
        if _digest_bytes(password_hash) is None:
            raise BadRequest("A scrypt passwordHash must be hex or base64")
        _salt(config)
        _scrypt_params(config)
    elif hash_type == "firebase-scrypt":
        if not _b64(password_hash, "passwordHash"):
            raise BadRequest("A firebase-scrypt passwordHash must be base64")
        for name in ("salt", "saltSeparator", "signerKey"):
            _b64(config.get(name, ""), name)
        _int(config, "rounds", 8, 1, 32)
        _int(config, "memCost", 14, 1, 20)
    else:
        raise BadRequest(f"Unsupported passwordHashType {hash_type}")
    return {"type": hash_type, "hash": password_hash, "config": config}


def verify_hash(record: dict[str, Any], password: str) -> bool:
    """Whether the password matches a foreign hash recorded by ``check_hash``."""
    kind, stored, config = record["type"], record["hash"], record.get("config", {})
    secret = password.encode()
    try:
        if kind == "argon2":
            return _argon2.verify(stored, password)
        if kind in ("sha256", "sha1"):
            salt = _salt(config)
            data = secret + salt if config.get("saltPosition", "prefix") == "suffix" else salt + secret
            expected = _digest_bytes(stored)
            return expected is not None and hmac.compare_digest(hashlib.new(kind, data).digest(), expected)
        if kind == "pbkdf2":
            encoded = _DJANGO_PBKDF2.match(stored)
            if encoded:
                digest, iterations, salt_text, expected_b64 = encoded.groups()
                wanted = base64.b64decode(expected_b64)
                actual = hashlib.pbkdf2_hmac(digest, secret, salt_text.encode(), int(iterations), len(wanted))
                return hmac.compare_digest(actual, wanted)
            expected = _digest_bytes(stored) or b""
            actual = hashlib.pbkdf2_hmac(
                config.get("digest", "sha256"),
                secret,
                _salt(config),
                int(config.get("iterations", 10000)),
                len(expected),
            )
            return bool(expected) and hmac.compare_digest(actual, expected)
        if kind == "scrypt":
            expected = _digest_bytes(stored) or b""
            n, r, p = _scrypt_params(config)
            return bool(expected) and hmac.compare_digest(
                _scrypt(secret, _salt(config), n, r, p, len(expected)), expected
            )
        if kind == "firebase-scrypt":
            salt = _b64(config.get("salt", ""), "salt") + _b64(config.get("saltSeparator", ""), "saltSeparator")
            key = _scrypt(secret, salt, 2 ** int(config.get("memCost", 14)), int(config.get("rounds", 8)), 1, 64)[:32]
            encryptor = Cipher(algorithms.AES(key), modes.CTR(b"\0" * 16)).encryptor()
            signed = encryptor.update(_b64(config.get("signerKey", ""), "signerKey")) + encryptor.finalize()
            return hmac.compare_digest(signed, _b64(stored, "passwordHash"))
        if kind == "bcrypt":
            # bcrypt 5 refuses passwords over 72 bytes; the hashes being imported were made from the
            # first 72 (older libraries truncated silently), so truncate the same way.
            return bcrypt.checkpw(secret[:BCRYPT_MAX_BYTES], stored.encode())
    except (VerificationError, InvalidHashError, BadRequest, ValueError, MemoryError):
        return False
    return False


def verify_migrated_password(env: Environment, user: User, password: str) -> bool:
    """A migrated user's first login: check the foreign hash; on a match, re-hash with argon2id."""
    record = env.collection(HASHES).get(user.id)
    if record is None or not verify_hash(record, password):
        return False
    user.password_hash = security.hash_password(password)
    user.password_changed_at = security.now(env)
    user.breached_password = password_policy.breached(password)
    del env.collection(HASHES)[user.id]
    return True


# ------------------------------------------------------------------ one user
def _primary_email(body: dict[str, Any]) -> tuple[str, bool | None]:
    """The address a migrated user signs in with (v2 takes a list) and whether it is verified."""
    if body.get("email"):
        return str(body["email"]), None
    emails = body.get("emails") or []
    chosen = next((e for e in emails if e.get("primary")), emails[0] if emails else None)
    if chosen is None:
        raise BadRequest("A migrated user needs an email")
    return str(chosen["email"]), bool(chosen.get("verified"))


def migrate_user(env: Environment, body: dict[str, Any]) -> User:
    """Create one user as another provider had it: tenant (created when new), roles, hash, phone, TOTP."""
    email, email_verified = _primary_email(body)
    if users.find_by_email(env, email) is not None:
        raise failures.EmailTaken()
    tenant_id = body["tenantId"]
    role_ids = users.resolve_roles(env, body["roleIds"], tenant_id) if body.get("roleIds") else None
    record = None
    if body.get("passwordHash") or body.get("passwordHashType"):
        if not body.get("passwordHash"):
            raise BadRequest("passwordHashType needs a passwordHash")
        record = check_hash(
            body.get("passwordHashType") or "bcrypt", body["passwordHash"], body.get("passwordHashConfig")
        )
    totp_secret = body.get("authenticatorAppMfaSecret")
    if totp_secret is not None:
        try:
            base64.b32decode(totp_secret.upper() + "=" * (-len(totp_secret) % 8))
        except (binascii.Error, ValueError):
            raise BadRequest("authenticatorAppMfaSecret must be a base32 TOTP secret") from None
    if tenant_id not in env.tenants:
        users.create_tenant(env, tenant_id, tenant_id)
    phone_for_mfa = body.get("phoneNumberType") == "mfa"
    user = users.create_user(
        env,
        email=email,
        tenant_id=tenant_id,
        name=body.get("name"),
        role_ids=role_ids,
        phone_number=None if phone_for_mfa else body.get("phoneNumber"),
        metadata=body.get("metadata"),
        profile_picture_url=body.get("profilePictureUrl"),
        provider=body.get("provider", "local"),
        activated=True,
        verified=bool(body.get("verifyUser")) or bool(email_verified),
    )
    at = security.now(env)
    if record is not None:
        if record["type"] == "argon2":
            user.password_hash = record["hash"]
        else:
            env.collection(HASHES)[user.id] = record
        user.password_changed_at = at
    if phone_for_mfa and body.get("phoneNumber"):
        user.mfa_devices.append(MfaDevice(new_id(), "sms", at, phone_number=body["phoneNumber"]))
    if totp_secret:
        user.mfa_devices.append(MfaDevice(new_id(), "authenticator", at, secret=totp_secret.upper()))
    extras = {k: body[k] for k in ("externalId", "vendorMetadata", "username") if body.get(k) is not None}
    if extras:
        env.collection(EXTRAS)[user.id] = extras
    return user


def user_extras(env: Environment, user_id: str) -> dict[str, Any]:
    """What a migration carried beyond the user model (externalId, vendorMetadata, username)."""
    return dict(env.collection(EXTRAS).get(user_id, {}))


# ------------------------------------------------------------------ bulk
def start_bulk(env: Environment, batch: list[dict[str, Any]], version: int, source: str = "local") -> dict[str, Any]:
    at = security.now(env)
    migration: dict[str, Any] = {
        "id": new_id(),
        "source": source,
        "version": version,
        "pending": list(batch),
        "results": [],
        "total": len(batch),
        "reads": 0,
        "createdAt": at,
        "updatedAt": at,
        "completedAt": at if not batch else None,
    }
    env.collection(MIGRATIONS)[migration["id"]] = migration
    return migration


def get_bulk(env: Environment, migration_id: str) -> dict[str, Any]:
    migration = env.collection(MIGRATIONS).get(migration_id)
    if migration is None:
        raise failures.MigrationNotFound()
    return migration


def advance(env: Environment, migration: dict[str, Any]) -> None:
    """Process the batches now due: one per earlier status read plus one per second since the start."""
    at = security.now(env)
    elapsed = max(0, math.floor(at - migration["createdAt"]))
    due = min(migration["total"], BATCH * (migration["reads"] + elapsed))
    migration["reads"] += 1
    while len(migration["results"]) < due and migration["pending"]:
        body = migration["pending"].pop(0)
        index = len(migration["results"])
        email = body.get("email") or next((e.get("email") for e in body.get("emails") or []), None)
        try:
            user = migrate_user(env, body)
            migration["results"].append({"index": index, "email": email, "userId": user.id, "status": "migrated"})
        except EmulatorError as err:
            migration["results"].append({"index": index, "email": email, "status": "failed", "errors": err.errors})
        migration["updatedAt"] = at
    if not migration["pending"] and migration["completedAt"] is None:
        migration["completedAt"] = at


def bulk_view(migration: dict[str, Any]) -> dict[str, Any]:
    results = migration["results"]
    done = len(results)
    if migration["completedAt"] is not None:
        state = "COMPLETED"
    elif done == 0:
        state = "PENDING"
    else:
        state = "IN_PROGRESS"
    view = {
        "migrationId": migration["id"],
        "source": migration["source"],
        "state": state,
        "totalUsers": migration["total"],
        "processedUsers": done,
        "migratedUsers": sum(1 for r in results if r["status"] == "migrated"),
        "failedUsers": sum(1 for r in results if r["status"] == "failed"),
        "failures": [r for r in results if r["status"] == "failed"],
        "createdAt": users.iso(migration["createdAt"]),
        "updatedAt": users.iso(migration["updatedAt"]),
    }
    if migration["completedAt"] is not None:
        view["completedAt"] = users.iso(migration["completedAt"])
    return view
