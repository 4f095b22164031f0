"""Fixtures and report hook of the contract suite (the target server, the actors, the summary).

Registered by frontegg_contract.plugin when the suite runs, never as a conftest, so the same fixtures
serve `frontegg-contract` and a user's own pytest run with `--frontegg-contract`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator

import pytest

from . import reach
from .actors import Actors, build_world, sign_up_user
from .exclusions import EXCLUDED
from .report import RECORDER
from .schema import DEEP, EXAMPLES, RECORDED_SETTINGS, SEED
from .spec import COMPANIONS, IDENTITY, OPERATIONS, PREFIX, SOURCE, TAGS, TENANTS
from .target import Target, from_environment, start_emulator

_TARGET_NAME = ["not started"]
_LIVE = [False]
# What pytest_sessionfinish concluded about the ratchet, printed by the terminal summary after it.
_RATCHET_LINES: list[str] = []
# The stateless test functions, by the base path of the API whose operations each is parametrized with.
_STATELESS = {"test_operation_honours_the_spec": IDENTITY, "test_tenants_operation_honours_the_spec": TENANTS}
_BY_LABEL = {(PREFIX[op_id], f"{method} {path}"): op_id for op_id, (method, path, _) in OPERATIONS.items()}


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    chosen = from_environment() or start_emulator()
    _TARGET_NAME[0] = chosen.gateway_url if chosen.live else "bundled emulator"
    _LIVE[0] = chosen.live
    try:
        yield chosen
    finally:
        if chosen.created:
            # Writes to a live environment are undone even when tests failed.
            for failure in chosen.clean_up(chosen.environment_token()):
                print(f"clean-up failed: {failure}")
        chosen.stop()


@pytest.fixture(scope="session")
def environment_token(target: Target) -> str:
    return target.environment_token()


def _fresh_actors(target: Target, environment_token: str, *, world: bool) -> Actors:
    if not target.live:
        target.reset()
    actors = Actors(environment_token=environment_token)
    if not target.live or target.allow_writes:
        actors.user_token, actors.user_id, actors.tenant_id, actors.email = sign_up_user(target)
        if world:
            actors.world = build_world(target, actors)
    return actors


@pytest.fixture
def actors(target: Target, environment_token: str) -> Actors:
    """A fresh user per test: operations under test may lock, delete or log out the user they act as.

    On the emulator each test also starts from a reset environment (same credentials and keys), so an
    operation that changes environment policy (sign-ups off, MFA forced, a long minimum password)
    cannot leak into the tests after it.
    """
    return _fresh_actors(target, environment_token, world=True)


@pytest.fixture
def bare_actors(target: Target, environment_token: str) -> Actors:
    """As ``actors``, without the world built up front: most recipes make their own objects, and the
    ones that need the world build it on first use (recipes.Setup.world)."""
    return _fresh_actors(target, environment_token, world=False)


@pytest.fixture(scope="session")
def implemented(target: Target) -> set[str] | None:
    return target.implemented_operations()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Name each stateless test by its operationId, the name the spec, the client, the emulator and the
    report use (``frontegg-contract -k getUserById``), instead of schemathesis' "GET /path" label. Runs
    before pytest's own -k selection, which then matches the new name."""
    for item in items:
        label = getattr(item, "operation_label", None)
        function = item.name.split("[", 1)[0]
        key = (_STATELESS.get(function, ""), label)
        if function not in _STATELESS or key not in _BY_LABEL:
            continue
        renamed = f"{function}[{_BY_LABEL[key]}]"
        # pytest has no public setter for a node id; JUnit XML and -ra lines read it.
        # schemathesis' items carry the bare function name in their node id (what -ra, JUnit XML and
        # --collect-only print); pytest has no public setter, and keeps it in _id from 9.0, _nodeid before.
        if hasattr(item, "_id") and item.parent is not None:
            setattr(item, "_id", item.parent.id.child(renamed))  # noqa: B010
        else:
            setattr(item, "_nodeid", f"{item.nodeid.rsplit('::', 1)[0]}::{renamed}")  # noqa: B010
        item.name = renamed


def _full_run(session: pytest.Session) -> bool:
    """Every operation's stateless test ran, unfiltered (the companions included), against the emulator:
    only then can the ratchet tell a lost success from one that was merely not selected."""
    option = session.config.option
    filtered = bool(getattr(option, "keyword", "")) or bool(getattr(option, "markexpr", ""))
    if _LIVE[0] or TAGS or filtered or DEEP or not COMPANIONS:
        return False
    ran = {op for op, r in RECORDER.operations.items() if r.outcome in ("passed", "failed")}
    return ran >= set(OPERATIONS)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not RECORDER.operations:
        return
    result = reach.ratchet({op: r.statuses for op, r in RECORDER.operations.items()})
    lines = _RATCHET_LINES
    lines.append(f"success reached: {len(result.reached)}/{len(OPERATIONS)} (recorded: {len(result.recorded)})")
    # The companions apart: their operations are still being added, and a reader should see at a glance
    # how much of each document the run reached.
    lines.append(
        "  by spec: "
        + ", ".join(
            f"{source} {sum(1 for op in result.reached if SOURCE[op] == source)}/{count}"
            for source, count in Counter(SOURCE.values()).items()
        )
    )
    if not _full_run(session):
        lines.append("ratchet not applied: not a full, unfiltered run against the bundled emulator")
        return
    if not RECORDED_SETTINGS:
        lines.append(
            f"ratchet not applied: seed {SEED} and {EXAMPLES} examples differ from the recorded run's "
            "(schemathesis.toml's), which may reach fewer operations by chance"
        )
        return
    if result.lost:
        lines.append(
            f"ratchet FAILED: {len(result.lost)} operation(s) no longer reach their success: " + ", ".join(result.lost)
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        return
    if os.environ.get("FRONTEGG_CONTRACT_RECORD_REACH") == "1":
        lines.append(f"recorded {len(result.reached)} operations in {reach.record(result)}")
    elif result.gained:
        lines.append(
            f"ratchet: {len(result.gained)} more than recorded ({', '.join(result.gained)}); "
            "keep them with frontegg-contract --record-reach"
        )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RECORDER.operations:
        return
    summary = RECORDER.summary(seed=SEED, examples=EXAMPLES, target=_TARGET_NAME[0], exclusions=EXCLUDED)
    path = RECORDER.write(summary)
    write = terminalreporter.write_line
    write("")
    write("contract report " + "-" * 60)
    for line in RECORDER.table():
        write(line)
    ops = summary["operations"]
    write(f"operations exercised: {ops['exercised']}/{ops['total']}; outcomes: {dict(summary['outcomes'])}")
    write(f"checks run: {', '.join(f'{k} x{v}' for k, v in summary['checksRun'].items())}")
    write(f"checks switched off: {summary['excludedChecks']['count']} (reasons: frontegg_contract/exclusions.py)")
    write(f"seed: {SEED} (FRONTEGG_CONTRACT_SEED={SEED} reproduces this run); report: {path}")
    for line in _RATCHET_LINES:
        write(line, bold=line.startswith("ratchet FAILED"), red=line.startswith("ratchet FAILED"))
