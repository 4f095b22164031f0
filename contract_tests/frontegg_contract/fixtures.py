"""Fixtures and report hook of the contract suite (the target server, the actors, the summary).

Registered by frontegg_contract.plugin when the suite runs, never as a conftest, so the same fixtures
serve `frontegg-contract` and a user's own pytest run with `--frontegg-contract`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .actors import Actors, sign_up_user
from .exclusions import EXCLUDED
from .report import RECORDER
from .schema import EXAMPLES, SEED
from .target import Target, from_environment, start_emulator

_TARGET_NAME = ["not started"]


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    chosen = from_environment() or start_emulator()
    _TARGET_NAME[0] = chosen.gateway_url if chosen.live else "bundled emulator"
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


@pytest.fixture
def actors(target: Target, environment_token: str) -> Actors:
    """A fresh user per test: operations under test may lock, delete or log out the user they act as.

    On the emulator each test also starts from a reset environment (same credentials and keys), so an
    operation that changes environment policy (sign-ups off, MFA forced, a long minimum password)
    cannot leak into the tests after it.
    """
    if not target.live:
        target.reset()
    actors = Actors(environment_token=environment_token)
    if not target.live or target.allow_writes:
        actors.user_token, actors.user_id, actors.tenant_id, actors.email = sign_up_user(target)
    return actors


@pytest.fixture(scope="session")
def implemented(target: Target) -> set[str] | None:
    return target.implemented_operations()


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
