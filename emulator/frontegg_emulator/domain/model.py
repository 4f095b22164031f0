"""Plain domain objects of one emulated Frontegg environment. No HTTP here.

Everything is a dataclass of JSON-friendly fields so that an environment can be written to SQLite (one
row per entity, see ``store.py``) and read back (``to_document`` / ``from_document``) without a
hand-written mapper per type. The environment's collections are ``tracking`` collections, which note
the entries a request reached so that only those are compared and written. ``Users`` also keeps the
index of users by address and username. Secrets (API keys, password hashes, TOTP seeds, signing keys)
are excluded from ``repr``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
import uuid
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .tracking import IndexedDict, TrackedDict, TrackedList, next_generation, verifying

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
    """A second factor of a user (``User.mfa_devices``), or a passkey (``User.passkeys``, kind ``passkey``):
    a WebAuthn credential is the same record whichever factor it is."""

    id: str
    kind: str  # authenticator | sms | webauthn | passkey
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
    # Discoverable WebAuthn credentials that sign the user in without a password (first factor); apart
    # from mfa_devices, since a passkey neither enrolls MFA nor stands in for it.
    passkeys: list[MfaDevice] = field(default_factory=list)
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
    # The current password was one known from data breaches when it was set (password_policy.breached):
    # the security center's bulk reset emails these users. Only the hash is kept, so it is decided then.
    breached_password: bool = False


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
    # When it was revoked (environment time), from which its retention counts (domain/pruning.py).
    ended_at: float | None = None
    # Opened with an actor token (domain/impersonation.py): someone else acting as the user. Its
    # lifetime is capped and it shows as impersonated in the user's session list.
    impersonated: bool = False
    # A login stepped up with a fresh second factor (generateStepUpSession): when, and how (the JWT's amr
    # methods besides "mfa": otp, sms, hwk). Its access tokens then carry acr, amr and auth_time.
    mfa_at: float | None = None
    mfa_methods: list[str] = field(default_factory=list)

    def end(self, at: float) -> bool:
        """Revoke the session (logout, a revocation, a cascade): the one place a session ends. Whether it
        was still open; the first end is the one remembered."""
        if self.revoked:
            return False
        self.revoked = True
        self.ended_at = at
        return True


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


class Users(IndexedDict[str, "User"]):
    """The users of an environment, with the one index of them by address, by username, by the
    credential id of their WebAuthn devices and by that of their passkeys (devices and passkeys live
    inside their user, so their index is here too).

    Lookups that scanned every user reached every user, so creating or changing one user compared
    them all at commit. See ``IndexedDict`` for how the index follows changes made through entries.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Per user, as TrackedDict.generation is for the whole collection: the settle that last found
        # it reached (0: none since the collection's last walk, whose generation is the first number).
        self._walk_generation = next_generation()
        self._user_generations: dict[str, int] = {}

    def index_keys(self, entry: User) -> tuple[str, ...]:
        return _index_keys(entry)

    def settle(self) -> None:
        whole, reached = self.reach()
        if whole:
            self._walk_generation = next_generation()
            self._user_generations = {}
        elif reached:
            generation = next_generation()
            for user_id in reached:  # the deleted ones too: they are reached
                self._user_generations[user_id] = generation
        super().settle()  # IndexedDict's: re-indexes what was reached, then forgets the reach

    def user_generation(self, user_id: str) -> tuple[int, int] | None:
        """What ``generation`` is for the collection, for one user: the same exactly as long as this user
        is not reached (nor the collection walked); None while it is, in the current unit of work."""
        if self._whole or user_id in self._reached:
            return None
        return self._walk_generation, self._user_generations.get(user_id, 0)

    def by_email(self, email: str) -> User | None:
        """The user whose primary address this is, regardless of case."""
        found = self._find("p:" + email.strip().lower())
        if verifying():
            wanted = email.strip().lower()
            _same_user(found, next((u for u in self.peek().values() if u.email.lower() == wanted), None), email)
        return found

    def by_address(self, email: str) -> User | None:
        """The user holding this address as its primary or a further one, regardless of case."""
        found = self._find("a:" + email.strip().lower())
        if verifying():
            wanted = email.strip().lower()
            scan = next((u for u in self.peek().values() if wanted in _addresses(u)), None)
            _same_user(found, scan, email)
        return found

    def by_username(self, username: str) -> User | None:
        wanted = username.strip().lower()
        if not wanted:
            return None
        found = self._find("u:" + wanted)
        if verifying():
            scan = next((u for u in self.peek().values() if u.username and u.username.lower() == wanted), None)
            _same_user(found, scan, username)
        return found

    def by_passkey(self, credential_id: str) -> User | None:
        """The user one of whose passkeys has this credential id (base64url): a passkey sign-in names no
        user, the credential does."""
        wanted = credential_id.rstrip("=")
        if not wanted:
            return None
        found = self._find("k:" + wanted)
        if verifying():
            scan = next((u for u in self.peek().values() if any(p.credential_id == wanted for p in u.passkeys)), None)
            _same_user(found, scan, credential_id)
        return found

    def by_credential_id(self, credential_id: str) -> User | None:
        """The user holding a WebAuthn device with this credential id (base64url, exact)."""
        found = self._find("c:" + credential_id)
        if verifying():
            scan = next(
                (
                    u
                    for u in self.peek().values()
                    if any(d.kind == "webauthn" and d.credential_id == credential_id for d in u.mfa_devices)
                ),
                None,
            )
            _same_user(found, scan, credential_id)
        return found

    def _find(self, key: str) -> User | None:
        ids = self.indexed(key)
        if not ids:
            return None
        # Two users with one address break an invariant the domain keeps; answer as the scan did, with
        # the first in order.
        user_id = ids[0] if len(ids) == 1 else next(u for u in self.peek() if u in ids)
        return self[user_id]  # handed out: reached


class Sessions(IndexedDict[str, "Session"]):
    """The sessions of an environment, with the one index of them by refresh-token digest (the
    current one, and the rotated-out ones kept for replay detection) and by user.

    A refresh found its session by comparing the digest with every session's; the digest is of a
    random token, so a dict lookup on it tells an attacker nothing a constant-time compare would hide
    (the found session's digest is still compared with ``security.same`` by the caller).
    """

    def index_keys(self, entry: Session) -> tuple[str, ...]:
        return ("t:" + entry.refresh_hash, "u:" + entry.user_id, *("r:" + h for h in entry.retired_refresh_hashes))

    def by_refresh_hash(self, digest: str) -> Session | None:
        """The session whose current refresh-token digest this is, else the one that rotated it out;
        reached (only the session found may change)."""
        ids = self.indexed("t:" + digest) or self.indexed("r:" + digest)
        found = self[ids[0]] if ids else None
        if verifying():
            peeked = self.peek().values()
            scan = next((s for s in peeked if s.refresh_hash == digest), None) or next(
                (s for s in peeked if digest in s.retired_refresh_hashes), None
            )
            if found is not scan:
                raise AssertionError(
                    f"the session index answers {found and found.id} for a refresh token, a scan {scan and scan.id}"
                )
        return found

    def of_user(self, user_id: str) -> list[Session]:
        """The user's sessions (ended ones too), oldest first, peeked: reach one by its id
        (``sessions[s.id]``) before changing it."""
        peeked = self.peek()
        found = sorted((peeked[k] for k in self.indexed("u:" + user_id)), key=lambda s: (s.created_at, s.id))
        if verifying():
            scan = sorted((s for s in peeked.values() if s.user_id == user_id), key=lambda s: (s.created_at, s.id))
            if [s.id for s in found] != [s.id for s in scan]:
                raise AssertionError(f"the session index answers other sessions than a scan for user {user_id}")
        return found


class Challenges(IndexedDict[str, "Challenge"]):
    """The pending steps of an environment (keyed by token digest), with the one index of them by user:
    replacing a user's code, dropping its remembered devices or everything of a deleted user walked
    every step, and a walk makes the store compare them all at commit."""

    def index_keys(self, entry: Challenge) -> tuple[str, ...]:
        return ("u:" + entry.user_id,)

    def of_user(self, user_id: str) -> list[tuple[str, Challenge]]:
        """The user's steps with their keys, peeked: reach one by its key before changing it."""
        peeked = self.peek()
        found = [(k, peeked[k]) for k in self.indexed("u:" + user_id)]
        if verifying() and {k for k, _ in found} != {k for k, c in peeked.items() if c.user_id == user_id}:
            raise AssertionError(f"the challenge index answers other steps than a scan for user {user_id}")
        return found


class PhoneNumbers(IndexedDict[str, "PhoneNumber"]):
    """The users' phone numbers, with the one index of them by user."""

    def index_keys(self, entry: PhoneNumber) -> tuple[str, ...]:
        return ("u:" + entry.user_id,)

    def keys_of_user(self, user_id: str) -> list[str]:
        """The keys of the user's numbers (nothing reached)."""
        found = self.indexed("u:" + user_id)
        if verifying() and set(found) != {k for k, p in self.peek().items() if p.user_id == user_id}:
            raise AssertionError(f"the phone number index answers other numbers than a scan for user {user_id}")
        return found


def _addresses(user: User) -> list[str]:
    return [user.email.lower(), *(e.email.lower() for e in user.emails)]


def _index_keys(user: User) -> tuple[str, ...]:
    if not user.emails and not user.passkeys and not user.mfa_devices:
        # The usual user, one address, no passkey or device: the same keys, built without the general case's
        # dedupe. The keys of every user a request reached are computed at its commit (make bench: 5% of
        # a GET user by id).
        email = user.email.lower()
        primary = ("p:" + email, "a:" + email)
        return (*primary, "u:" + user.username.lower()) if user.username else primary
    keys = ["p:" + user.email.lower(), *("a:" + a for a in dict.fromkeys(_addresses(user)))]
    if user.username:
        keys.append("u:" + user.username.lower())
    keys.extend("k:" + p.credential_id for p in user.passkeys if p.credential_id)
    keys.extend("c:" + d.credential_id for d in user.mfa_devices if d.kind == "webauthn" and d.credential_id)
    return tuple(dict.fromkeys(keys))


def _same_user(indexed: User | None, scanned: User | None, wanted: str) -> None:
    if indexed is not scanned:
        raise AssertionError(
            f"the user index answers {indexed and indexed.id} for {wanted!r}, a scan {scanned and scanned.id}"
        )


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
    tenants: TrackedDict[str, Tenant] = field(default_factory=TrackedDict, repr=False)
    users: Users = field(default_factory=Users, repr=False)
    roles: TrackedDict[str, Role] = field(default_factory=TrackedDict, repr=False)
    permissions: TrackedDict[str, Permission] = field(default_factory=TrackedDict, repr=False)
    categories: TrackedDict[str, Category] = field(default_factory=TrackedDict, repr=False)
    sessions: Sessions = field(default_factory=Sessions, repr=False)
    challenges: Challenges = field(default_factory=Challenges, repr=False)
    phone_numbers: PhoneNumbers = field(default_factory=PhoneNumbers, repr=False)
    outbox: TrackedList[OutboxMessage] = field(default_factory=TrackedList, repr=False)
    # Configuration documents and simple resources, keyed by kind then id (policies, groups,
    # JWT templates, API tokens ...): they carry their own JSON shapes straight from the spec.
    records: dict[str, TrackedDict[str, dict[str, Any]]] = field(default_factory=dict, repr=False)
    policies: TrackedDict[str, dict[str, Any]] = field(default_factory=TrackedDict, repr=False)
    # Recent events per throttled key ("limit:key" -> times), see domain/throttle.py.
    throttle_hits: TrackedDict[str, list[float]] = field(default_factory=TrackedDict, repr=False)

    def collection(self, kind: str) -> TrackedDict[str, dict[str, Any]]:
        found = self.records.get(kind)
        if found is None:
            found = self.records[kind] = TrackedDict()
        return found


# The keyed collections of an environment, each stored as one row per entry; ``records`` holds one
# such collection per kind and ``outbox`` is a list: store.py handles those two apart.
KEYED_COLLECTIONS = (
    "tenants",
    "users",
    "roles",
    "permissions",
    "categories",
    "sessions",
    "challenges",
    "phone_numbers",
    "policies",
    "throttle_hits",
)
SCALAR_FIELDS = ("id", "client_id", "api_key", "vendor_host", "signing_key_pem", "key_id", "created_at", "clock_offset")


# ---------------------------------------------------------------- document codec
def to_document(obj: Any) -> Any:
    # dict.items and list.__iter__ rather than the methods: encoding an entity for the store, or the
    # whole environment to verify the store, must not count as reaching what it reads.
    fields = _FIELDS.get(type(obj))
    if fields is not None:
        return {name: to_document(getattr(obj, name)) for name in fields}
    if isinstance(obj, dict):
        return {k: to_document(v) for k, v in dict.items(obj)}
    if isinstance(obj, list):
        return [to_document(v) for v in list.__iter__(obj)]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        _FIELDS[type(obj)] = tuple(f.name for f in dataclasses.fields(obj))
        return to_document(obj)
    return obj


_FIELDS: dict[type, tuple[str, ...]] = {}


def from_document(cls: type[T], data: Any) -> T:
    return typing.cast(T, _decode(cls, data))


def _decode(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(options[0], data) if len(options) == 1 else data
    if isinstance(tp, type) and issubclass(tp, IndexedDict):  # Users, Sessions: their index is built on use
        entry = _INDEXED_ENTRIES[tp]
        return tp({k: _decode(entry, v) for k, v in data.items()})
    if isinstance(origin, type) and issubclass(origin, list):
        (item,) = typing.get_args(tp)
        items = [_decode(item, v) for v in data]
        return items if origin is list else origin(items)
    if isinstance(origin, type) and issubclass(origin, dict):
        _, value = typing.get_args(tp)
        entries = {k: _decode(value, v) for k, v in data.items()}
        return entries if origin is dict else origin(entries)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _decode(hints[k], v) for k, v in data.items() if k in names})
    return data


_INDEXED_ENTRIES: dict[type, type] = {
    Users: User,
    Sessions: Session,
    Challenges: Challenge,
    PhoneNumbers: PhoneNumber,
}
_HINTS: dict[type, dict[str, Any]] = {}


def _hints(tp: type) -> dict[str, Any]:
    # get_type_hints evaluates every annotation string again on each call: loading 20,000 users
    # spent most of its time there.
    hints = _HINTS.get(tp)
    if hints is None:
        hints = _HINTS[tp] = typing.get_type_hints(tp, globalns=globals())
    return hints
