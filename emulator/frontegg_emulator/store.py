"""Persistence of environments in SQLite, one JSON document per environment.

Every mutating request rewrites its environment's document inside one transaction before the response
is sent, with WAL journaling and synchronous=FULL, so an acknowledged write survives a restart or a
kill -9. Emulated environments are small; whole-document writes keep the code obvious.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from .domain.model import Environment, from_document, to_document


class DataFileError(ValueError):
    """The --data file cannot serve this start: not an SQLite file, or it holds other credentials."""


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS environments ("
                    " id TEXT PRIMARY KEY, is_default INTEGER NOT NULL, document TEXT NOT NULL)"
                )
            except sqlite3.DatabaseError as err:
                # Another file given as --data (a typo, a text file): a clear message, not a traceback.
                self._db.close()
                raise DataFileError(f"{path} is not an emulator data file ({err})") from None

    def load(self) -> tuple[list[Environment], str | None]:
        with self._lock:
            rows = self._db.execute("SELECT id, is_default, document FROM environments").fetchall()
        envs = [from_document(Environment, json.loads(doc)) for _, _, doc in rows]
        default = next((env_id for env_id, is_default, _ in rows if is_default), None)
        return envs, default

    def save(self, env: Environment, *, is_default: bool) -> None:
        document = json.dumps(to_document(env), separators=(",", ":"))
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO environments (id, is_default, document) VALUES (?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET document = excluded.document,"
                    " is_default = excluded.is_default",
                    (env.id, int(is_default), document),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def delete(self, env_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM environments WHERE id = ?", (env_id,))

    def close(self) -> None:
        with self._lock:
            self._db.close()
