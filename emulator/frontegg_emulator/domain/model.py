"""Plain domain objects of one emulated Frontegg environment. No HTTP here.

Everything is a dataclass of JSON-friendly fields so that an environment can be written to SQLite as a
document and read back (``to_document`` / ``from_document``) without a hand-written mapper per type.
Secrets (API keys, password hashes, TOTP seeds, signing keys) are excluded from ``repr``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
import uuid
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Tenant:
    id: str
    name: str
    created_at: float
    metadata: str | None = None  # JSON text, as Frontegg stores and answers it
    parent_tenant_id: str | None = None
    # Descriptive fields clients set on create and update (creatorName, website, ...), keyed as sent.
    profile: dict[str, Any] = field(default_factory=dict)
    updated_at: float | None = None
    is_reseller: bool = False


@dataclass
class Permission:
    id: str
    key: str
    name: str
    description: str | None
    category_id: str | None
    assignment_type: str
    created_at: float
    updated_at: float


@dataclass
class Category:
    id: str
    name: str
    description: str | None
    created_at: float
    updated_at: float


@dataclass
class Role:
    id: str
    key: str
    name: str
    description: str | None
    level: int
    is_default: bool
    tenant_id: str | None
    permission_ids: list[str]
    created_at: float
    updated_at: float
    first_user_role: bool | None = None  # None: decided by key (the seeded "Admin" role is the first user's)


@dataclass
class MfaDevice:
    id: str
    kind: str  # authenticator | sms | webauthn
    created_at: float
    name: str = ""
    phone_number: str | None = None
    secret: str | None = field(default=None, repr=False)  # TOTP seed, base32
    credential_id: str | None = None  # base64url
    public_key: str | None = field(default=None, repr=False)  # COSE key, base64url
    sign_count: int = 0
    device_type: str | None = None  # Platform | CrossPlatform


@dataclass
class UserEmail:
    """A further email address of a user; the primary one is ``User.email``."""

    id: str
    email: str
    verified: bool
    created_at: float
    updated_at: float


@dataclass
class User:
    id: str
    email: str
    name: str
    created_at: float
    tenant_ids: list[str]
    tenant_id: str
    roles: dict[str, list[str]]  # tenant id -> role ids
    password_hash: str | None = field(default=None, repr=False)
    verified: bool = False
    activated: bool = True
    locked: bool = False
    provider: str = "local"
    phone_number: str | None = None
    profile_picture_url: str | None = None
    metadata: str | None = None
    mfa_devices: list[MfaDevice] = field(default_factory=list)
    recovery_code_hash: str | None = field(default=None, repr=False)
    failed_logins: int = 0
    last_login: float | None = None
    password_history: list[str] = field(default_factory=list, repr=False)
    password_changed_at: float | None = None
    invisible: bool = False
    super_user: bool = False
    disabled_tenants: list[str] = field(default_factory=list)
    username: str | None = None
    emails: list[UserEmail] = field(default_factory=list)  # further addresses besides ``email``
    temporary_until: float | None = None  # a temporary user's expiry (epoch seconds)
    sub_account_access: bool = False  # may act in the sub-accounts of its accounts


@dataclass
class Session:
    """A login: its refresh token (hashed) and what the access tokens it mints carry."""

    id: str
    user_id: str
    tenant_id: str
    refresh_hash: str = field(repr=False)
    created_at: float
    expires_at: float
    user_agent: str = ""
    ip_address: str = ""
    revoked: bool = False
    # When the session was last used (login or refresh); the idle timeout counts from here. 0 for
    # sessions stored before the field existed, which then count from created_at.
    last_active_at: float = 0.0
    # Digests of refresh tokens rotated out (newest last, bounded): presenting one again is a replay,
    # and RFC 9700 section 4.14.2 ends the whole session so a stolen token dies with its copy.
    retired_refresh_hashes: list[str] = field(default_factory=list, repr=False)


@dataclass
class Challenge:
    """A pending step bound to an opaque token: MFA, a one-time code, a WebAuthn ceremony, a link."""

    token_hash: str = field(repr=False)
    kind: str
    user_id: str
    created_at: float
    expires_at: float
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    attempts: int = 0


@dataclass
class OutboxMessage:
    """An email or SMS the emulator would have sent; readable through /_emulator/outbox."""

    id: str
    channel: str  # email | sms
    to: str
    kind: str
    created_at: float
    # Readable through /_emulator/outbox on purpose, but kept out of repr like every other secret.
    code: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    link: str | None = field(default=None, repr=False)
    user_id: str | None = None


@dataclass
class PhoneNumber:
    id: str
    user_id: str
    phone_number: str
    verified: bool
    created_at: float
    updated_at: float | None = None


@dataclass
class Environment:
    id: str
    client_id: str
    api_key: str = field(repr=False)
    vendor_host: str
    signing_key_pem: str = field(repr=False)
    key_id: str
    created_at: float
    clock_offset: float = 0.0
    # The contents stay out of repr: it would be the whole state, and plain dicts (the outbox, API
    # tokens and other records) hold codes and secrets that no repr hides.
    tenants: dict[str, Tenant] = field(default_factory=dict, repr=False)
    users: dict[str, User] = field(default_factory=dict, repr=False)
    roles: dict[str, Role] = field(default_factory=dict, repr=False)
    permissions: dict[str, Permission] = field(default_factory=dict, repr=False)
    categories: dict[str, Category] = field(default_factory=dict, repr=False)
    sessions: dict[str, Session] = field(default_factory=dict, repr=False)
    challenges: dict[str, Challenge] = field(default_factory=dict, repr=False)
    phone_numbers: dict[str, PhoneNumber] = field(default_factory=dict, repr=False)
    outbox: list[OutboxMessage] = field(default_factory=list, repr=False)
    # Configuration documents and simple resources, keyed by kind then id (policies, groups,
    # JWT templates, API tokens ...): they carry their own JSON shapes straight from the spec.
    records: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict, repr=False)
    policies: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    # Recent events per throttled key ("limit:key" -> times), see domain/throttle.py.
    throttle_hits: dict[str, list[float]] = field(default_factory=dict, repr=False)

    def collection(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.records.setdefault(kind, {})


# ---------------------------------------------------------------- document codec
def to_document(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_document(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {k: to_document(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_document(v) for v in obj]
    return obj


def from_document(cls: type[T], data: Any) -> T:
    return typing.cast(T, _decode(cls, data))


def _decode(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(options[0], data) if len(options) == 1 else data
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(item, v) for v in data]
    if origin is dict:
        _, value = typing.get_args(tp)
        return {k: _decode(value, v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _decode(hints[k], v) for k, v in data.items() if k in names})
    return data
