"""The store (store.py): one SQLite row per entity, written only when the unit of work changed it.

These look at the rows of the data file, which is what survives a restart; the restart tests over HTTP
(kill -9 included) are in test_core_process.py.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontegg_emulator import EmulatorServer
from frontegg_emulator import store as store_module
from frontegg_emulator.domain.model import Environment, OutboxMessage, Tenant, User, new_id, to_document
from frontegg_emulator.state import Emulation
from frontegg_emulator.store import Store


def rows(path: Path, collection: str) -> dict[str, dict[str, Any]]:
    with sqlite3.connect(path) as db:
        found = db.execute("SELECT key, body FROM entity WHERE collection = ? ORDER BY rowid", (collection,))
        return {key: json.loads(body) for key, body in found}


def a_user(env_tenant: str, email: str) -> User:
    return User(
        id=new_id(),
        email=email,
        name=email.split("@")[0],
        created_at=time.time(),
        tenant_ids=[env_tenant],
        tenant_id=env_tenant,
        roles={env_tenant: []},
    )


def a_tenant(emulation: Emulation, env: Environment) -> str:
    tenant = Tenant(id=new_id(), name="Rows", created_at=time.time())
    with emulation.transaction(env):
        env.tenants[tenant.id] = tenant
    return tenant.id


class Writes:
    """Counts the rows each save writes, by wrapping the store's one write method."""

    def __init__(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        self.saves: list[list[tuple[str, str]]] = []
        original = store._write

        def counted(env_id: str, is_default: bool, changes: Any) -> None:
            self.saves.append(
                [*((c, k) for c, k in changes.deletes), *((c, k) for c, k, _ in changes.upserts)]
                + ([("environment", env_id)] if changes.fields is not None else [])
            )
            original(env_id, is_default, changes)

        monkeypatch.setattr(store, "_write", counted)


def test_a_unit_of_work_writes_only_the_entities_it_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "rows.sqlite"
    emulation = Emulation(data)
    env = emulation.create_environment("rows-client", "rows-key")
    tenant = a_tenant(emulation, env)
    with emulation.transaction(env):
        for n in range(50):
            user = a_user(tenant, f"user{n}@rows.test")
            env.users[user.id] = user
    assert store_of(emulation) is not None
    writes = Writes(store_of(emulation), monkeypatch)
    target = list(env.users.peek())[7]

    with emulation.transaction(env):  # reads only: no write at all
        assert env.users[target].email == "user7@rows.test"
        assert env.users.by_email("USER9@rows.test") is not None
    assert writes.saves == []

    with emulation.transaction(env):  # one user changed among the ones reached
        env.users[target].name = "Seven"
        env.users.by_email("user3@rows.test")
    assert writes.saves == [[("users", target)]]
    assert rows(data, "users")[target]["name"] == "Seven"

    with emulation.transaction(env):  # one removed, one appended to the outbox
        del env.users[target]
        env.outbox.append(OutboxMessage(id="m1", channel="email", to="a@rows.test", kind="test", created_at=1.0))
    assert writes.saves[-1] == [("users", target), ("outbox", "m1")]
    assert target not in rows(data, "users")
    emulation.close()

    reopened = Emulation(data)
    again = reopened.environments[env.id]
    assert len(again.users) == 49
    assert [m.id for m in again.outbox] == ["m1"]
    reopened.close()


def store_of(emulation: Emulation) -> Store:
    assert emulation.store is not None
    return emulation.store


def test_order_of_entries_survives_a_restart(tmp_path: Path) -> None:
    """Users are listed in the order they were created; one deleted and put back goes to the end."""
    data = tmp_path / "order.sqlite"
    emulation = Emulation(data)
    env = emulation.create_environment("order-client", "order-key")
    tenant = a_tenant(emulation, env)
    users = [a_user(tenant, f"o{n}@order.test") for n in range(4)]
    with emulation.transaction(env):
        for user in reversed(users):  # several new entries in one unit of work, in this order
            env.users[user.id] = user
    with emulation.transaction(env):
        moved = env.users.pop(users[2].id)
        env.users[moved.id] = moved
    expected = list(env.users.peek())
    assert expected[-1] == users[2].id
    emulation.close()
    reopened = Emulation(data)
    assert list(reopened.environments[env.id].users.peek()) == expected
    reopened.close()


def test_a_change_the_tracking_missed_fails_the_verification(tmp_path: Path) -> None:
    """The check the test suite runs after each commit (FRONTEGG_EMULATOR_VERIFY_PERSISTENCE) can fail."""
    emulation = Emulation(tmp_path / "verify.sqlite")
    env = emulation.create_environment("verify-client", "verify-key")
    tenant = a_tenant(emulation, env)
    user = a_user(tenant, "kept@verify.test")
    with emulation.transaction(env):
        env.users[user.id] = user
    user.name = "changed behind the store's back"  # the reference outlived its unit of work
    with pytest.raises(AssertionError, match="users differ"), emulation.transaction(env):
        pass
    emulation.close()


def test_a_file_of_one_document_per_environment_is_migrated_on_open(tmp_path: Path) -> None:
    data = tmp_path / "old.sqlite"
    source = Emulation()
    env = source.create_environment("old-client", "old-key")
    tenant = a_tenant(source, env)
    user = a_user(tenant, "old@format.test")
    env.users[user.id] = user
    env.outbox.append(OutboxMessage(id="m-old", channel="email", to="old@format.test", kind="x", created_at=2.0))
    with sqlite3.connect(data) as db:  # the format store.py wrote before rows per entity
        db.execute("CREATE TABLE environments (id TEXT PRIMARY KEY, is_default INTEGER, document TEXT NOT NULL)")
        db.execute("INSERT INTO environments VALUES (?, 1, ?)", (env.id, json.dumps(to_document(env))))

    emulation = Emulation(data)
    loaded = emulation.environments[env.id]
    assert emulation.default_id == env.id
    assert loaded.users.by_email("old@format.test") is not None
    assert to_document(loaded) == to_document(env)
    emulation.close()
    with sqlite3.connect(data) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "environments" not in tables
    assert user.id in rows(data, "users")
    assert list(rows(data, "outbox")) == ["m-old"]


def test_whether_a_request_writes_follows_from_what_it_changed(tmp_path: Path) -> None:
    """Over HTTP: a GET writes nothing, a refused login that counts a failure writes its user."""
    data = tmp_path / "http.sqlite"
    with EmulatorServer(client_id="http-client", api_key="http-key", data=data) as emu:
        base = emu.credentials.gateway_url
        token = httpx.post(f"{base}/auth/vendor", json={"clientId": "http-client", "secret": "http-key"}).json()[
            "token"
        ]
        auth = {"authorization": f"Bearer {token}"}
        auth["frontegg-tenant-id"] = a_tenant(emu.emulation, emu.environment)
        created = httpx.post(
            f"{base}/identity/resources/users/v2",
            json={"email": "w@http.test", "name": "W", "password": "Correct-horse-9", "skipInviteEmail": True},
            headers=auth,
        )
        assert created.status_code == 201, created.text
        db = store_of(emu.emulation)._db
        before = db.total_changes
        got = httpx.get(f"{base}/identity/resources/users/v1/{created.json()['id']}", headers=auth)
        assert got.status_code == 200, got.text
        assert db.total_changes == before
        refused = httpx.post(
            f"{base}/identity/resources/auth/v1/user", json={"email": "w@http.test", "password": "wrong-Password-1"}
        )
        assert refused.status_code == 401
        assert db.total_changes > before
        assert rows(data, "users")[created.json()["id"]]["failed_logins"] == 1


def test_reads_of_many_users_compare_none_of_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A listing, a tenant's members, a refresh and a GET by id peek at what they scan: the store
    encodes (compares) only what the work reached, so reads stay cheap with many users stored."""
    data = tmp_path / "reads.sqlite"
    with EmulatorServer(client_id="reads-client", api_key="reads-key", data=data) as emu:
        base = emu.credentials.gateway_url
        token = httpx.post(f"{base}/auth/vendor", json={"clientId": "reads-client", "secret": "reads-key"}).json()[
            "token"
        ]
        tenant = a_tenant(emu.emulation, emu.environment)
        auth = {"authorization": f"Bearer {token}", "frontegg-tenant-id": tenant}
        env = emu.environment
        with emu.emulation.transaction(env):
            for n in range(30):
                user = a_user(tenant, f"r{n}@reads.test")
                env.users[user.id] = user
        encoded: list[str] = []
        original = store_module._encode

        def counting(value: Any) -> str:
            encoded.append(type(value).__name__)
            return original(value)

        monkeypatch.setattr(store_module, "_encode", counting)
        listed = httpx.get(f"{base}/identity/resources/users/v3", params={"_limit": 50}, headers=auth)
        assert listed.status_code == 200, listed.text
        assert len(listed.json()["items"]) == 30
        one = listed.json()["items"][3]["id"]
        assert httpx.get(f"{base}/identity/resources/users/v1/{one}", headers=auth).status_code == 200
        assert encoded.count("User") <= 1  # at most the one user read by id
