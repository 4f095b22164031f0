"""The indexes of an environment's collections (domain/model.py): sessions by refresh-token digest
(current and rotated out) and by user, WebAuthn devices by credential id (in ``Users``).

Each index lives in its collection, follows changes made through entries reached from it, is rebuilt on
load (never stored), and answers as a scan would: with FRONTEGG_EMULATOR_VERIFY_PERSISTENCE (set for the
whole suite in tests/conftest.py) each answer is also checked against a scan, so these tests fail on a
drift as well as on a wrong answer.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from frontegg_emulator.domain import codes, security, sessions, tenants, users
from frontegg_emulator.domain.model import (
    Challenges,
    Environment,
    MfaDevice,
    PhoneNumber,
    Session,
    Tenant,
    User,
    new_id,
)
from frontegg_emulator.errors import Unauthorized
from frontegg_emulator.state import Emulation


def _user(env: Environment, email: str) -> User:
    tenant = Tenant(id=new_id(), name="Indexes", created_at=time.time())
    env.tenants[tenant.id] = tenant
    user = User(
        id=new_id(),
        email=email,
        name="Indexed",
        created_at=time.time(),
        tenant_ids=[tenant.id],
        tenant_id=tenant.id,
        roles={tenant.id: []},
        verified=True,
    )
    env.users[user.id] = user
    return user


def _session(env: Environment, user: User, token: str) -> Session:
    at = security.now(env)
    session = Session(
        id=new_id(),
        user_id=user.id,
        tenant_id=user.tenant_id,
        refresh_hash=security.digest(token),
        created_at=at,
        expires_at=at + 3600,
        last_active_at=at,
    )
    env.sessions[session.id] = session
    return session


def test_a_refresh_compares_one_digest_however_many_sessions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the index, a refresh compared the token's digest with every session's (and their retired
    ones): its cost grew with every session ever stored."""
    monkeypatch.setenv("FRONTEGG_EMULATOR_VERIFY_PERSISTENCE", "0")  # the scan cross-check would count too
    emulation = Emulation(tmp_path / "count.sqlite")
    env = emulation.create_environment("count-client", "count-key")
    with emulation.transaction(env):
        user = _user(env, "many@index.test")
        for n in range(300):
            _session(env, user, f"token-{n}")
    compared: list[str] = []
    original = security.same

    def counting(a: str, b: str) -> bool:
        compared.append(a)
        return original(a, b)

    monkeypatch.setattr(security, "same", counting)
    with emulation.transaction(env):
        found = sessions.session_for_refresh(env, "token-123")
    assert found.refresh_hash == security.digest("token-123")
    assert len(compared) <= 2
    emulation.close()


def test_the_session_index_follows_rotation_replay_and_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "sessions.sqlite"
    emulation = Emulation(data)
    env = emulation.create_environment("sessions-client", "sessions-key")
    with emulation.transaction(env):
        user = _user(env, "rotating@index.test")
        other = _user(env, "other@index.test")
        first = sessions.start_session(env, user)["refreshToken"]
        sessions.start_session(env, other)
    with emulation.transaction(env):
        second = sessions.refresh(env, first)["refreshToken"]
    with emulation.transaction(env):  # the old digest moved to the retired ones: the same session
        assert env.sessions.by_refresh_hash(security.digest(first)) is env.sessions.by_refresh_hash(
            security.digest(second)
        )
        assert [s.user_id for s in env.sessions.of_user(user.id)] == [user.id]
    # Rotated many times: the first digest falls out of the bounded list, and out of the index.
    token = second
    for _ in range(sessions.RETIRED_REFRESH_KEPT):  # [first, second, ...] one too many: first goes
        with emulation.transaction(env):
            token = sessions.refresh(env, token)["refreshToken"]
    with emulation.transaction(env):
        assert env.sessions.by_refresh_hash(security.digest(first)) is None
        assert env.sessions.by_refresh_hash(security.digest(second)) is not None
    emulation.close()
    # The index is not stored: the rows hold sessions only, and the loaded environment builds it.
    with sqlite3.connect(data) as db:
        bodies = [json.loads(b) for (b,) in db.execute("SELECT body FROM entity WHERE collection = 'sessions'")]
    assert len(bodies) == 2 and all(set(b) >= {"id", "refresh_hash"} for b in bodies)
    reopened = Emulation(data)
    loaded = reopened.environments[env.id]
    # A replay of a retired token (the transaction commits: the refusal is caught inside it).
    with reopened.transaction(loaded), pytest.raises(Unauthorized, match="invalid or has expired"):
        sessions.session_for_refresh(loaded, second)
    with reopened.transaction(loaded):  # the replay ended the session: the current token is dead too
        with pytest.raises(Unauthorized, match="invalid or has expired"):
            sessions.session_for_refresh(loaded, token)
        assert loaded.sessions.of_user(user.id)[0].revoked
    reopened.close()


def test_pruned_and_reset_sessions_leave_the_index(tmp_path: Path) -> None:
    emulation = Emulation(tmp_path / "gone.sqlite")
    env = emulation.create_environment("gone-client", "gone-key")
    with emulation.transaction(env):
        user = _user(env, "gone@index.test")
        session = _session(env, user, "gone-token")
        assert env.sessions.by_refresh_hash(security.digest("gone-token")) is session
    with emulation.transaction(env):
        del env.sessions[session.id]
    with emulation.transaction(env):
        assert env.sessions.by_refresh_hash(security.digest("gone-token")) is None
        assert env.sessions.of_user(user.id) == []
        again = _session(env, user, "back-token")
    emulation.reset(env)
    with emulation.transaction(env):
        assert env.sessions.by_refresh_hash(security.digest("back-token")) is None
        assert again.id not in env.sessions
    emulation.close()


def test_devices_are_found_by_credential_id_as_they_change(tmp_path: Path) -> None:
    data = tmp_path / "devices.sqlite"
    emulation = Emulation(data)
    env = emulation.create_environment("devices-client", "devices-key")
    with emulation.transaction(env):
        owner = _user(env, "owner@index.test")
        _user(env, "bystander@index.test")
        assert env.users.by_credential_id("cred-1") is None
    with emulation.transaction(env):  # a device added to a user reached from the collection
        env.users[owner.id].mfa_devices.append(MfaDevice(new_id(), "webauthn", 1.0, credential_id="cred-1"))
        env.users[owner.id].mfa_devices.append(MfaDevice(new_id(), "sms", 1.0, phone_number="+15550100"))
    with emulation.transaction(env):
        assert env.users.by_credential_id("cred-1") is owner
        assert env.users.by_credential_id("CRED-1") is None  # base64url: case matters
    emulation.close()
    reopened = Emulation(data)
    loaded = reopened.environments[env.id]
    with reopened.transaction(loaded):
        found = loaded.users.by_credential_id("cred-1")
        assert found is not None and found.id == owner.id
        found.mfa_devices.clear()  # reached by the lookup: the index follows
    with reopened.transaction(loaded):
        assert loaded.users.by_credential_id("cred-1") is None
    reopened.close()


def test_steps_and_phone_numbers_are_found_by_user(tmp_path: Path) -> None:
    data = tmp_path / "steps.sqlite"
    emulation = Emulation(data)
    env = emulation.create_environment("steps-client", "steps-key")
    with emulation.transaction(env):
        user = _user(env, "steps@index.test")
        other = _user(env, "other-steps@index.test")
        codes.new_step(env, "activation", user.id, 3600)
        codes.new_step(env, "activation", other.id, 3600)
        env.phone_numbers["p1"] = PhoneNumber("p1", user.id, "+15550100001", False, 1.0)
        env.phone_numbers["p2"] = PhoneNumber("p2", other.id, "+15550100002", False, 1.0)
    with emulation.transaction(env):
        assert [c.user_id for _, c in env.challenges.of_user(user.id)] == [user.id]
        assert env.phone_numbers.keys_of_user(user.id) == ["p1"]
        codes.new_step(env, "reset", user.id, 3600)
        assert len(env.challenges.of_user(user.id)) == 2  # a step added in the same unit of work
    emulation.close()
    reopened = Emulation(data)
    loaded = reopened.environments[env.id]
    with reopened.transaction(loaded):  # built from what was loaded
        assert sorted(c.kind for _, c in loaded.challenges.of_user(user.id)) == ["activation", "reset"]
        codes.replace_pending(loaded, "activation", user.id)
        del loaded.phone_numbers["p1"]
    with reopened.transaction(loaded):
        assert [c.kind for _, c in loaded.challenges.of_user(user.id)] == ["reset"]
        assert loaded.phone_numbers.keys_of_user(user.id) == []
        assert loaded.phone_numbers.keys_of_user(other.id) == ["p2"]
    reopened.close()


def test_a_unit_of_work_deleting_many_entries_indexes_each_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleting an account of N sole members (each with a pending step) looks up each member's steps;
    each lookup looked again at every step deleted so far, N*N/2 in all, until deleted keys were set
    aside (10,000 members: 42 s, then 1.2 s)."""
    monkeypatch.setenv("FRONTEGG_EMULATOR_VERIFY_PERSISTENCE", "0")
    emulation = Emulation()
    env = emulation.create_environment("many-client", "many-key")
    members = 300
    with emulation.transaction(env):
        tenant = users.create_tenant(env, "Many")
        for n in range(members):
            member = users.create_user(env, email=f"m{n}@many.test", tenant_id=tenant.id)
            codes.new_step(env, "activation", member.id, 3600)
        env.challenges.of_user("nobody")  # the index exists before the deletion
    checked = 0
    original = Challenges._reindex

    def counting(self: Challenges, key: str) -> None:
        nonlocal checked
        checked += 1
        original(self, key)

    monkeypatch.setattr(Challenges, "_reindex", counting)
    with emulation.transaction(env):
        tenants.delete(env, env.tenants[tenant.id])
    assert len(env.challenges) == 0 and len(env.users) == 0
    assert checked <= 2 * members
