"""Cryptography of the emulator, all from well-kept libraries.

- Passwords: argon2id (argon2-cffi) with a reduced cost so test suites stay fast; still a real,
  salted, memory-hard hash that ``verify`` checks.
- JWTs: RS256 with a per-environment RSA key (cryptography) signed and verified by PyJWT; the key id
  is in the header and the JWKS publishes the public half.
- Opaque tokens (refresh tokens, MFA tokens, links): 256 random bits, stored only as SHA-256 digests.
- One-time codes: six digits from ``secrets``, compared in constant time.
- TOTP: pyotp, RFC 6238, with one step of clock drift accepted.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from functools import lru_cache
from typing import Any

import jwt
import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from .model import Environment

_hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


# Settings and requests may ask for any lifetime their schema allows (10**300 minutes is
# schema-valid); expiries are computed from at most a hundred years so every date stays printable
# and every JWT exp stays an exact JavaScript number.
MAX_SECONDS = 100 * 365 * 86400


def now(env: Environment) -> float:
    """Wall-clock seconds as the environment sees them (tests may move its clock forward)."""
    return time.time() + env.clock_offset


def clamp_seconds(seconds: float) -> float:
    """A lifetime in seconds, bounded to [0, MAX_SECONDS]."""
    return min(max(float(seconds), 0.0), float(MAX_SECONDS))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


# Verified against when there is no hash to check (an unknown email, a user without a password), so
# that every password check costs one argon2 verification. Before, the unknown-user path returned at
# once and a login for a known email took measurably longer: an enumeration oracle (issue 14, finding 9).
_NO_HASH = _hasher.hash(secrets.token_urlsafe(16))


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _NO_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(secret: str, account: str, issuer: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=issuer)


def verify_totp(secret: str, code: str, at: float) -> bool:
    return pyotp.TOTP(secret).verify(code, for_time=int(at), valid_window=1)


# ------------------------------------------------------------------- keys and JWTs
def new_signing_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@lru_cache(maxsize=64)
def _load_private_key(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def _private_key(env: Environment) -> rsa.RSAPrivateKey:
    return _load_private_key(env.signing_key_pem)


@lru_cache(maxsize=64)
def _public_pem(pem: str) -> str:
    public = _load_private_key(pem).public_key()
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def public_key_pem(env: Environment) -> str:
    return _public_pem(env.signing_key_pem)


def jwks(env: Environment) -> dict[str, Any]:
    jwk = json.loads(RSAAlgorithm.to_jwk(_private_key(env).public_key()))
    jwk.update({"kid": env.key_id, "use": "sig", "alg": "RS256"})
    return {"keys": [jwk]}


def sign(env: Environment, claims: dict[str, Any]) -> str:
    return jwt.encode(claims, _private_key(env), algorithm="RS256", headers={"kid": env.key_id})


# Tokens whose RS256 signature and audience were verified, with their claims: verifying the signature
# again cost about a sixth of a GET user by id (make bench, py-spy). Keyed by the whole token; the entry
# names the key that verified it, so a token is believed only by the key that signed it. The times in
# the claims are checked against the environment's clock on every use, as without the cache.
VERIFIED_KEPT = 4096
_verified: dict[str, tuple[str, dict[str, Any]]] = {}
_verified_lock = threading.Lock()


def decode(env: Environment, token: str) -> dict[str, Any] | None:
    """Claims of a token this environment signed and that has not expired, else None."""
    cached = _verified.get(token)
    if cached is not None and cached[0] == env.signing_key_pem and cached[1].get("aud") == env.client_id:
        claims = cached[1]
    else:
        try:
            claims = jwt.decode(
                token,
                _private_key(env).public_key(),
                algorithms=["RS256"],
                audience=env.client_id,
                # Times are checked below against the environment's clock: PyJWT's own checks use the
                # wall clock, which /_emulator/clock/advance leaves behind (every new token would be "not
                # yet valid").
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                    "require": ["exp", "iat", "sub"],
                },
            )
        except jwt.PyJWTError:
            return None
        with _verified_lock:
            if len(_verified) >= VERIFIED_KEPT:
                del _verified[next(iter(_verified))]  # the oldest
            _verified[token] = (env.signing_key_pem, claims)
    at = now(env)
    if claims["exp"] <= at or not isinstance(claims["iat"], int | float) or claims["iat"] > at + 60:
        return None
    return dict(claims)  # a copy: callers never change what the cache holds


def unverified_audience(token: str) -> str | None:
    """The aud claim before verification, used only to pick which environment's key to verify with."""
    cached = _verified.get(token)
    if cached is not None:
        aud: Any = cached[1].get("aud")
        return aud if isinstance(aud, str) else None
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    aud = claims.get("aud")
    return aud if isinstance(aud, str) else None
