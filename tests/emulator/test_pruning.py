"""Pruning (domain/pruning.py): expired challenges, sessions ended past their retention and the oldest
outbox messages go, from memory and from the data file, at the end of a unit of work."""

from __future__ import annotations

from pathlib import Path

from test_store import rows

from frontegg_emulator.domain import codes, pruning, security
from frontegg_emulator.domain.model import Environment, OutboxMessage, Session, new_id
from frontegg_emulator.state import Emulation

DAY = 86400.0


def setup(tmp_path: Path) -> tuple[Emulation, Environment, Path]:
    data = tmp_path / "prune.sqlite"
    emulation = Emulation(data)
    return emulation, emulation.create_environment("prune-client", "prune-key"), data


def advance(emulation: Emulation, env: Environment, seconds: float) -> None:
    with emulation.transaction(env):
        env.clock_offset += seconds


def a_session(env: Environment, *, lifetime: float) -> Session:
    at = security.now(env)
    session = Session(new_id(), "u1", "t1", "hash", at, at + lifetime, last_active_at=at)
    env.sessions[session.id] = session
    return session


def test_expired_challenges_and_codes_are_pruned(tmp_path: Path) -> None:
    emulation, env, data = setup(tmp_path)
    with emulation.transaction(env):
        short = codes.new_step(env, "mfa", "u1", 60)
        long = codes.new_step(env, "mfa", "u1", 3600)
    assert len(rows(data, "challenges")) == 2
    advance(emulation, env, 120)
    assert set(env.challenges.peek()) == {security.digest(long)}
    assert set(rows(data, "challenges")) == {security.digest(long)}
    assert security.digest(short) not in env.challenges.peek()
    emulation.close()


def test_sessions_ended_past_their_retention_are_pruned(tmp_path: Path) -> None:
    emulation, env, data = setup(tmp_path)
    with emulation.transaction(env):
        live = a_session(env, lifetime=30 * DAY)
        revoked_early = a_session(env, lifetime=30 * DAY)
        revoked_early.end(security.now(env))
        expiring = a_session(env, lifetime=DAY)
    advance(emulation, env, 6 * DAY)
    with emulation.transaction(env):
        revoked_late = env.sessions[a_session(env, lifetime=30 * DAY).id]
        revoked_late.end(security.now(env))
    # Day 6: nothing has been ended for 7 days yet.
    assert set(env.sessions.peek()) == {live.id, revoked_early.id, expiring.id, revoked_late.id}
    advance(emulation, env, 1.5 * DAY)  # day 7.5: revoked on day 0 goes; expired on day 1 stays
    assert set(env.sessions.peek()) == {live.id, expiring.id, revoked_late.id}
    advance(emulation, env, 6 * DAY)  # day 13.5: revoked on day 6 and expired on day 1 go
    assert set(env.sessions.peek()) == {live.id}
    assert set(rows(data, "sessions")) == {live.id}
    emulation.close()


def test_the_outbox_keeps_its_newest_messages(tmp_path: Path) -> None:
    emulation, env, data = setup(tmp_path)
    sent = [f"m{n}" for n in range(pruning.OUTBOX_KEPT + 5)]
    with emulation.transaction(env):
        for n, message_id in enumerate(sent):
            env.outbox.append(OutboxMessage(message_id, "email", "a@prune.test", "test", float(n)))
    advance(emulation, env, pruning.INTERVAL)
    assert [m.id for m in env.outbox.peek()] == sent[5:]
    assert list(rows(data, "outbox")) == sent[5:]
    emulation.close()
    reopened = Emulation(data)
    assert [m.id for m in reopened.environments[env.id].outbox.peek()] == sent[5:]
    reopened.close()


def test_pruning_waits_for_its_interval(tmp_path: Path) -> None:
    emulation, env, _ = setup(tmp_path)
    advance(emulation, env, 0)  # a pruning ran here
    with emulation.transaction(env):
        codes.new_step(env, "mfa", "u1", 1)
    advance(emulation, env, 2)  # expired, but the interval has not passed
    assert len(env.challenges.peek()) == 1
    advance(emulation, env, pruning.INTERVAL)
    assert len(env.challenges.peek()) == 0
    emulation.close()
