"""All emulated environments, their locks and their persistence.

One lock per environment serialises requests against it: a request reads and writes its environment
under the lock and, when it changed something, the environment is persisted before the lock is
released. Two sign-ups with one email therefore cannot both win, and an acknowledged write is on disk.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

from . import admin_access
from .domain import origins, proxies, pruning, security, seed, throttle
from .domain.model import Environment
from .domain.security import new_signing_key
from .store import DataFileError, Store, settle

__all__ = ["Busy", "DataFileError", "Emulation", "Transaction"]


class Busy(Exception):
    """The environment's lock is held and the caller asked not to wait (app.py: a GET tried on the
    event loop goes to a worker thread instead)."""


class Transaction:
    """``with emulation.transaction(env):`` the lock is taken on entry, and on exit (whatever happened in
    the block) the work is committed and the lock released. A class rather than a generator-based
    context manager: entering and leaving one is part of every request (make bench)."""

    __slots__ = ("_emulation", "_env", "_lock", "_wait")

    def __init__(self, emulation: Emulation, env: Environment, wait: bool) -> None:
        self._emulation, self._env, self._wait = emulation, env, wait

    def __enter__(self) -> Environment:
        lock = self._emulation._locks[self._env.id]
        if not lock.acquire(blocking=self._wait):
            raise Busy(self._env.id)
        self._lock = lock
        return self._env

    def __exit__(self, *exc: object) -> None:
        try:
            self._emulation._commit(self._env)
        finally:
            self._lock.release()


class Emulation:
    def __init__(
        self,
        data_path: Path | None = None,
        *,
        allowed_origins: Sequence[str] | None = None,
        app_url: str | None = None,
        trusted_proxies: Sequence[str] = (),
        admin_token: str | None = None,
    ) -> None:
        # Serving options, not state: the origins an environment without its own stored list allows
        # (--allowed-origin), and where emailed links lead (--app-url). Checked here so a bad pattern is
        # a wrong command line, not a failed request later.
        self.allowed_origins: tuple[str, ...] = tuple(
            origins.check_pattern(p) for p in (allowed_origins or origins.DEFAULT_ALLOWED_ORIGINS)
        )
        if app_url and not app_url.startswith(("http://", "https://")):
            raise ValueError(f"the app URL must start with http:// or https://, not {app_url!r}")
        self.app_url = app_url.rstrip("/") if app_url else None
        # Peers whose X-Forwarded-For is believed (--trusted-proxy); none by default, so the address of
        # the connection is the client's (proxies.client_address).
        self.trusted_proxies = tuple(proxies.trusted_proxy(p) for p in trusted_proxies)
        # --admin-token: None leaves /_emulator open (admin_access).
        self.admin_token = admin_access.check_token(admin_token) if admin_token is not None else None
        self.environments: dict[str, Environment] = {}
        self._locks: dict[str, threading.RLock] = {}
        self._registry_lock = threading.Lock()
        self._by_client_id: dict[str, Environment] = {}
        self.default_id: str | None = None
        # When each environment was last pruned, by its own clock (domain/pruning.py); in memory only.
        self._pruned_at: dict[str, float] = {}
        self.store = Store(data_path) if data_path else None
        if self.store:
            envs, default = self.store.load()
            for env in envs:
                self.environments[env.id] = env
                self._locks[env.id] = threading.RLock()
            self.default_id = default

    # ------------------------------------------------------------ environments
    def create_environment(
        self,
        client_id: str | None = None,
        api_key: str | None = None,
        vendor_host: str | None = None,
        *,
        default: bool = False,
    ) -> Environment:
        client_id = client_id or str(uuid.uuid4())
        # Built (an RSA key: the slow part) before the registry lock, so lookups by other requests do not
        # wait for it; persisted before it becomes visible, so no request can change it while it is written.
        env = Environment(
            id=str(uuid.uuid4()),
            client_id=client_id,
            api_key=api_key or secrets.token_hex(16),
            vendor_host=vendor_host or f"{client_id}.emulator.local",
            signing_key_pem=new_signing_key(),
            key_id=secrets.token_hex(8),
            created_at=time.time(),
        )
        seed.populate(env)
        with self._registry_lock:
            if any(e.client_id == client_id for e in self.environments.values()):
                raise ValueError(f"an environment with client id {client_id} already exists")
            if default or self.default_id is None:
                self.default_id = env.id
            self._locks[env.id] = threading.RLock()
            self._persist(env)
            self.environments[env.id] = env
        return env

    def ensure_default(self, client_id: str | None, api_key: str | None) -> Environment:
        """The default environment, created with these credentials unless one was loaded from disk."""
        if self.default_id is not None:
            env = self.environments[self.default_id]
            if client_id and env.client_id != client_id:
                raise DataFileError(
                    f"the data file holds client id {env.client_id}, not {client_id}; use another --data path"
                )
            # A different API key was silently ignored: the banner then printed the stored key while the
            # caller's configuration held its own, and every /auth/vendor call failed with 401. The key
            # itself is never part of the message.
            if api_key and not secrets.compare_digest(env.api_key.encode(), api_key.encode()):
                raise DataFileError(
                    f"the data file holds another API key for client id {env.client_id}; use another --data path"
                )
            return env
        return self.create_environment(client_id, api_key, default=True)

    @property
    def default(self) -> Environment:
        if self.default_id is None:
            raise LookupError("no environment has been created")
        return self.environments[self.default_id]

    def all(self) -> list[Environment]:
        """A snapshot of the environments. Iterating ``environments`` itself while a request created one
        raised "dictionary changed size during iteration": a 500 for the JWKS, logins or any token."""
        with self._registry_lock:
            return list(self.environments.values())

    def by_client_id(self, client_id: str) -> Environment | None:
        # Every request with a token looks its environment up here: remembered once found (a client id
        # never changes), and believed only while the registry still holds that environment.
        env = self._by_client_id.get(client_id)
        if env is not None and self.environments.get(env.id) is env:
            return env
        env = next((e for e in self.all() if e.client_id == client_id), None)
        if env is not None:
            self._by_client_id[client_id] = env
        return env

    def by_host(self, host: str) -> Environment | None:
        host = host.split(":", 1)[0].lower()
        return next((e for e in self.all() if e.vendor_host.lower() == host), None)

    def reset(self, env: Environment) -> None:
        with self.transaction(env):
            # How the emulator itself behaves (throttling) is configuration of the emulator, not state of
            # the emulated environment: a test suite that switched throttling off keeps it off.
            throttling = env.policies.get(throttle.POLICY)
            for name in (
                "tenants",
                "users",
                "roles",
                "permissions",
                "categories",
                "sessions",
                "challenges",
                "phone_numbers",
                "records",
                "policies",
                "throttle_hits",
            ):
                getattr(env, name).clear()
            env.outbox.clear()
            env.clock_offset = 0.0
            seed.populate(env)
            if throttling is not None:
                env.policies[throttle.POLICY] = throttling

    # ------------------------------------------------------------ transactions
    def transaction(self, env: Environment, *, wait: bool = True) -> Transaction:
        """A unit of work on ``env`` under its lock; what it changed is on disk before the lock is released.

        Whether anything is written follows from what changed (the store compares the entries the work
        reached with what it holds), never from the kind of request: a read that advances a background
        task writes, a refused login that counts a failure writes, a plain read writes nothing.
        With ``wait=False`` an environment another request holds raises ``Busy`` at once, before any work.
        """
        return Transaction(self, env, wait)

    def _commit(self, env: Environment) -> None:
        """The end of a transaction, under its lock: pruning when due, then persistence."""
        at = security.now(env)
        if pruning.due(self._pruned_at.get(env.id), at):
            pruning.prune(env, at)
            self._pruned_at[env.id] = at
        # Also when the work was refused (EmulatorError): a refusal may change state on purpose (a
        # failed-login counter, a lockout, a burnt one-time code), and what is in memory is what
        # later requests see, so the file holds it too.
        self._persist(env)

    def _persist(self, env: Environment) -> None:
        if self.store:
            self.store.save(env, is_default=env.id == self.default_id)
        else:
            settle(env)  # nothing to compare with: only forget what was reached

    def close(self) -> None:
        if self.store:
            self.store.close()
