"""Persistence of environments in SQLite, one row per entity.

Each environment has a row of its own fields (``environment``) and one ``entity`` row per entry of each
of its collections (per collection and key: a user, a session, a policy, a record of some kind, an
outbox message), its JSON in ``body``. At the end of each unit of work (``Emulation.transaction``) the
store asks the tracking collections (``domain/tracking.py``) which entries the work reached, encodes
those, compares them with what it last stored, and writes only the rows that differ, in one
transaction, before the response is sent. WAL journaling with synchronous=FULL: an acknowledged write
survives a restart or a kill -9. A request that changed nothing writes nothing, whatever its method.

The order of entries matters (users are listed in the order they were created): rows are read back in
rowid order, a new entry gets a new row at the end, and an entry deleted and set again within one unit
of work (at the end of its collection's order in memory) is written as a new row too.

Files of the first format (one JSON document per environment in ``environments``) are migrated to rows
when opened, in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .domain.model import KEYED_COLLECTIONS, SCALAR_FIELDS, Environment, from_document, to_document
from .domain.tracking import TrackedDict, TrackedList, settle_all, verifying

OUTBOX = "outbox"
RECORDS = "records/"  # a collection of records of one kind is stored as "records/<kind>"


class DataFileError(ValueError):
    """The --data file cannot serve this start: not an SQLite file, or it holds other credentials."""


@dataclass
class _Stored:
    """What the file holds for one environment, as last written: encoded rows per collection."""

    fields: str = ""
    is_default: bool = False
    rows: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class _Changes:
    fields: str | None = None
    deletes: list[tuple[str, str]] = field(default_factory=list)
    upserts: list[tuple[str, str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.fields is not None or bool(self.deletes) or bool(self.upserts)


def _encode(value: Any) -> str:
    return json.dumps(to_document(value), separators=(",", ":"))


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._stored: dict[str, _Stored] = {}
        with self._lock:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS environment ("
                    " id TEXT PRIMARY KEY, is_default INTEGER NOT NULL, fields TEXT NOT NULL)"
                )
                # A rowid table on purpose: rowid order is the order of the entries.
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS entity ("
                    " env_id TEXT NOT NULL, collection TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL,"
                    " UNIQUE (env_id, collection, key))"
                )
                self._migrate_documents()
            except sqlite3.DatabaseError as err:
                # Another file given as --data (a typo, a text file): a clear message, not a traceback.
                self._db.close()
                raise DataFileError(f"{path} is not an emulator data file ({err})") from None

    # ------------------------------------------------------------ reading
    def load(self) -> tuple[list[Environment], str | None]:
        with self._lock:
            heads = self._db.execute("SELECT id, is_default, fields FROM environment ORDER BY rowid").fetchall()
            envs: list[Environment] = []
            default = None
            for env_id, is_default, fields in heads:
                stored = _Stored(fields=fields, is_default=bool(is_default))
                for collection, key, body in self._db.execute(
                    "SELECT collection, key, body FROM entity WHERE env_id = ? ORDER BY rowid", (env_id,)
                ):
                    stored.rows.setdefault(collection, {})[key] = body
                env = from_document(Environment, _document(fields, stored.rows))
                _settle(env)  # what was just read is what the file holds: nothing reached yet
                self._stored[env.id] = stored
                envs.append(env)
                if is_default:
                    default = env_id
        return envs, default

    # ------------------------------------------------------------ writing
    def save(self, env: Environment, *, is_default: bool) -> bool:
        """Write what the unit of work changed in ``env``; whether anything was written.

        The caller holds the environment's lock, so nothing changes the collections meanwhile.
        """
        with self._lock:
            stored = self._stored.get(env.id)
            fresh = stored is None
            if stored is None:
                stored = _Stored()
            changes = _diff(env, stored)
            if stored.is_default != is_default or fresh:
                changes.fields = changes.fields if changes.fields is not None else stored.fields
            if changes:
                self._write(env.id, is_default, changes)
                _apply(stored, changes)
                stored.is_default = is_default
                self._stored[env.id] = stored
            _settle(env)
            if verifying():
                self._verify(env)
            return bool(changes)

    def _write(self, env_id: str, is_default: bool, changes: _Changes) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if changes.fields is not None:
                self._db.execute(
                    "INSERT INTO environment (id, is_default, fields) VALUES (?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET fields = excluded.fields, is_default = excluded.is_default",
                    (env_id, int(is_default), changes.fields),
                )
            if changes.deletes:
                self._db.executemany(
                    "DELETE FROM entity WHERE env_id = ? AND collection = ? AND key = ?",
                    [(env_id, c, k) for c, k in changes.deletes],
                )
            if changes.upserts:
                self._db.executemany(
                    "INSERT INTO entity (env_id, collection, key, body) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(env_id, collection, key) DO UPDATE SET body = excluded.body",
                    [(env_id, c, k, b) for c, k, b in changes.upserts],
                )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def delete(self, env_id: str) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM entity WHERE env_id = ?", (env_id,))
            self._db.execute("DELETE FROM environment WHERE id = ?", (env_id,))
            self._db.execute("COMMIT")
            self._stored.pop(env_id, None)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------ checks and migration
    def _verify(self, env: Environment) -> None:
        """The whole environment against its rows in the file (tests only): a change the tracking
        collections missed would be lost on restart, and is raised here instead."""
        head = self._db.execute("SELECT fields FROM environment WHERE id = ?", (env.id,)).fetchone()
        rows: dict[str, dict[str, str]] = {}
        for collection, key, body in self._db.execute(
            "SELECT collection, key, body FROM entity WHERE env_id = ? ORDER BY rowid", (env.id,)
        ):
            rows.setdefault(collection, {})[key] = body
        on_disk = _document(head[0] if head else "{}", rows)
        in_memory = to_document(env)
        for name in (*KEYED_COLLECTIONS, OUTBOX):
            # Serialised, so that the order of the entries counts too.
            if json.dumps(in_memory.get(name) or {}) != json.dumps(on_disk.get(name) or {}):
                raise AssertionError(f"the data file's {name} differ from the environment in memory")
        memory_records = {k: json.dumps(v) for k, v in in_memory["records"].items() if v}
        if memory_records != {k: json.dumps(v) for k, v in on_disk["records"].items()}:
            raise AssertionError("the data file's records differ from the environment in memory")
        for name in SCALAR_FIELDS:
            if in_memory[name] != on_disk.get(name):
                raise AssertionError(f"the data file's {name} differs from the environment in memory")

    def _migrate_documents(self) -> None:
        """Files written before rows per entity hold one JSON document per environment: rows now."""
        old = self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'environments'").fetchone()
        if old is None:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for env_id, is_default, document in self._db.execute(
                "SELECT id, is_default, document FROM environments ORDER BY rowid"
            ).fetchall():
                env = from_document(Environment, json.loads(document))
                changes = _diff(env, _Stored())
                self._db.execute(
                    "INSERT INTO environment (id, is_default, fields) VALUES (?, ?, ?)",
                    (env_id, int(is_default), changes.fields),
                )
                self._db.executemany(
                    "INSERT INTO entity (env_id, collection, key, body) VALUES (?, ?, ?, ?)",
                    [(env_id, c, k, b) for c, k, b in changes.upserts],
                )
            self._db.execute("DROP TABLE environments")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise


# ---------------------------------------------------------------- the diff of a unit of work
def _diff(env: Environment, stored: _Stored) -> _Changes:
    changes = _Changes()
    fields = json.dumps({name: getattr(env, name) for name in SCALAR_FIELDS}, separators=(",", ":"))
    if fields != stored.fields:
        changes.fields = fields
    for name in KEYED_COLLECTIONS:
        _diff_keyed(name, getattr(env, name), stored.rows.get(name, {}), changes)
    kinds = set()
    for kind, records in dict.items(env.records):
        collection = RECORDS + kind
        kinds.add(collection)
        _diff_keyed(collection, records, stored.rows.get(collection, {}), changes)
    for collection, rows in stored.rows.items():  # kinds dropped from records (a reset)
        if collection.startswith(RECORDS) and collection not in kinds:
            changes.deletes.extend((collection, key) for key in rows)
    _diff_outbox(env.outbox, stored.rows.get(OUTBOX, {}), changes)
    return changes


def _diff_keyed(collection: str, entries: dict[str, Any], rows: Mapping[str, str], changes: _Changes) -> None:
    if isinstance(entries, TrackedDict):
        whole, reached = entries.reach()
        removed: Iterable[str] = entries.removed()
    else:  # a plain dict put in place of a collection: nothing tells what changed
        whole, reached, removed = True, set(), ()
    present = dict.__contains__
    if whole:
        keys: Iterable[str] = list(dict.__iter__(entries))
        changes.deletes.extend((collection, k) for k in rows if not present(entries, k))
    else:
        keys = reached
    # Deleted and set again: its place in the order is now the end; a fresh row puts it there.
    moved = {k for k in removed if k in rows and present(entries, k)}
    changes.deletes.extend((collection, k) for k in moved)
    added: list[tuple[str, str, str]] = []
    for key in keys:
        if not present(entries, key):
            if not whole and key in rows and key not in moved:
                changes.deletes.append((collection, key))
            continue
        body = _encode(dict.__getitem__(entries, key))
        if key in moved or key not in rows:
            added.append((collection, key, body))
        elif rows[key] != body:
            changes.upserts.append((collection, key, body))
    if len(added) > 1 and not whole:
        # Reached in no particular order: new rows go in the collection's order.
        position = {k: i for i, k in enumerate(k for k in dict.__iter__(entries) if k in {a[1] for a in added})}
        added.sort(key=lambda a: position[a[1]])
    changes.upserts.extend(added)


def _diff_outbox(outbox: list[Any], rows: Mapping[str, str], changes: _Changes) -> None:
    messages = list.__iter__(outbox)
    if isinstance(outbox, TrackedList) and not outbox.reach():
        # Untouched but for appends: what is stored, then the new messages.
        for message in list(messages)[len(rows) :]:
            changes.upserts.append((OUTBOX, message.id, _encode(message)))
        return
    current = list(messages)
    ids = [m.id for m in current]
    kept = set(ids)
    stored_order = [k for k in rows if k in kept]
    if ids[: len(stored_order)] != stored_order:  # reordered: rewrite all in the new order
        changes.deletes.extend((OUTBOX, k) for k in rows)
        changes.upserts.extend((OUTBOX, m.id, _encode(m)) for m in current)
        return
    changes.deletes.extend((OUTBOX, k) for k in rows if k not in kept)
    for message in current:
        body = _encode(message)
        if rows.get(message.id) != body:
            changes.upserts.append((OUTBOX, message.id, body))


def _apply(stored: _Stored, changes: _Changes) -> None:
    if changes.fields is not None:
        stored.fields = changes.fields
    for collection, key in changes.deletes:
        rows = stored.rows.get(collection)
        if rows is not None:
            rows.pop(key, None)
            if not rows:
                del stored.rows[collection]
    for collection, key, body in changes.upserts:
        stored.rows.setdefault(collection, {})[key] = body


def _settle(env: Environment) -> None:
    settle_all([getattr(env, name) for name in KEYED_COLLECTIONS])
    settle_all(dict.values(env.records))
    settle_all((env.outbox,))


def settle(env: Environment) -> None:
    """Forget what a unit of work reached, for environments kept in memory only (no store)."""
    _settle(env)


def _document(fields: str, rows: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(fields)
    records: dict[str, dict[str, Any]] = {}
    for collection, entries in rows.items():
        decoded = {key: json.loads(body) for key, body in entries.items()}
        if collection == OUTBOX:
            document[OUTBOX] = list(decoded.values())
        elif collection.startswith(RECORDS):
            records[collection[len(RECORDS) :]] = decoded
        else:
            document[collection] = decoded
    document["records"] = records
    return document
