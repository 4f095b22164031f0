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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .domain import seed
from .domain.model import Environment
from .domain.security import new_signing_key
from .store import Store


class Emulation:
    def __init__(self, data_path: Path | None = None) -> None:
        self.environments: dict[str, Environment] = {}
        self._locks: dict[str, threading.RLock] = {}
        self._registry_lock = threading.Lock()
        self.default_id: str | None = None
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
        with self._registry_lock:
            client_id = client_id or str(uuid.uuid4())
            if any(e.client_id == client_id for e in self.environments.values()):
                raise ValueError(f"an environment with client id {client_id} already exists")
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
            self.environments[env.id] = env
            self._locks[env.id] = threading.RLock()
            if default or self.default_id is None:
                self.default_id = env.id
        self._persist(env)
        return env

    def ensure_default(self, client_id: str | None, api_key: str | None) -> Environment:
        """The default environment, created with these credentials unless one was loaded from disk."""
        if self.default_id is not None:
            env = self.environments[self.default_id]
            if client_id and env.client_id != client_id:
                raise ValueError(
                    f"the data file holds client id {env.client_id}, not {client_id}; use another --data path"
                )
            return env
        return self.create_environment(client_id, api_key, default=True)

    @property
    def default(self) -> Environment:
        if self.default_id is None:
            raise LookupError("no environment has been created")
        return self.environments[self.default_id]

    def by_client_id(self, client_id: str) -> Environment | None:
        return next((e for e in self.environments.values() if e.client_id == client_id), None)

    def by_host(self, host: str) -> Environment | None:
        host = host.split(":", 1)[0].lower()
        return next((e for e in self.environments.values() if e.vendor_host.lower() == host), None)

    def reset(self, env: Environment) -> None:
        with self.transaction(env):
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
            ):
                getattr(env, name).clear()
            env.outbox.clear()
            env.clock_offset = 0.0
            seed.populate(env)

    # ------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self, env: Environment, *, write: bool = True) -> Iterator[Environment]:
        with self._locks[env.id]:
            yield env
            if write:
                self._persist(env)

    def _persist(self, env: Environment) -> None:
        if self.store:
            self.store.save(env, is_default=env.id == self.default_id)

    def close(self) -> None:
        if self.store:
            self.store.close()
