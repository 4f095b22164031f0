"""The contract suite's success reach: what counts as reaching an operation's success, the ratchet
that fails a full run which lost one, and the operationId test names that `-k` selects by."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from frontegg_contract import fixtures, reach
from frontegg_contract.actors import Actors, actor_headers
from frontegg_contract.recipes import RECIPES
from frontegg_contract.report import OperationRecord, Recorder
from frontegg_contract.spec import OPERATIONS


def test_success_is_a_documented_2xx() -> None:
    assert reach.documented_success("getUserById") == {200}
    assert reach.reached("getUserById", [400, 404, 200])
    assert not reach.reached("getUserById", [400, 404])
    assert not reach.reached("getUserById", [201])  # a 2xx the spec does not document is no success
    assert all(reach.documented_success(op) for op in OPERATIONS), "every operation documents a success"


def test_the_ratchet_names_what_was_lost_and_what_was_gained(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "success_reached.txt"
    monkeypatch.setattr(reach, "RECORDED_PATH", path)
    assert reach.recorded() == frozenset()
    reach.record(reach.ratchet({"getUserById": [200], "deleteTenantInvite": [404]}), path)
    assert "getUserById" in path.read_text() and reach.recorded() == {"getUserById"}
    result = reach.ratchet({"getUserById": [404], "deleteTenantInvite": reach.documented_success("deleteTenantInvite")})
    assert result.lost == ["getUserById"] and result.gained == ["deleteTenantInvite"]


def _session(keyword: str = "") -> Any:
    return SimpleNamespace(config=SimpleNamespace(option=SimpleNamespace(keyword=keyword, markexpr="")), exitstatus=0)


def _all_ran(success_except: str) -> Recorder:
    recorder = Recorder()
    for op in OPERATIONS:
        code = 404 if op == success_except else min(reach.documented_success(op))
        recorder.operations[op] = OperationRecord(statuses=Counter({code: 1}), outcome="passed")
    return recorder


@pytest.fixture
def ratchet_file(tmp_path: Path, monkeypatch: Any) -> Path:
    path = tmp_path / "success_reached.txt"
    path.write_text("# recorded\ngetUserById\n")
    monkeypatch.setattr(reach, "RECORDED_PATH", path)
    monkeypatch.setattr(fixtures, "_RATCHET_LINES", [])
    monkeypatch.setattr(fixtures, "_LIVE", [False])
    monkeypatch.setattr(fixtures, "RECORDED_SETTINGS", True)
    return path


def test_a_full_run_that_lost_a_success_fails(ratchet_file: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(fixtures, "RECORDER", _all_ran(success_except="getUserById"))
    session = _session()
    fixtures.pytest_sessionfinish(session)
    assert session.exitstatus == pytest.ExitCode.TESTS_FAILED
    assert any("ratchet FAILED" in line and "getUserById" in line for line in fixtures._RATCHET_LINES)


def test_a_filtered_run_is_not_held_to_the_ratchet(ratchet_file: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(fixtures, "RECORDER", _all_ran(success_except="getUserById"))
    session = _session(keyword="getUser")
    fixtures.pytest_sessionfinish(session)
    assert session.exitstatus == 0
    assert any("ratchet not applied" in line for line in fixtures._RATCHET_LINES)


def test_a_run_with_fewer_examples_is_not_held_to_the_ratchet(ratchet_file: Path, monkeypatch: Any) -> None:
    # `frontegg-contract --examples 2` (the README's CI example) draws other data than the recorded run
    # and may miss a success by chance: reported, not failed.
    monkeypatch.setattr(fixtures, "RECORDER", _all_ran(success_except="getUserById"))
    monkeypatch.setattr(fixtures, "RECORDED_SETTINGS", False)
    session = _session()
    fixtures.pytest_sessionfinish(session)
    assert session.exitstatus == 0
    assert any("ratchet not applied" in line and "examples" in line for line in fixtures._RATCHET_LINES)


def test_recording_after_a_full_run_keeps_every_reached_operation(ratchet_file: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(fixtures, "RECORDER", _all_ran(success_except="deleteTenantInvite"))
    monkeypatch.setenv("FRONTEGG_CONTRACT_RECORD_REACH", "1")
    session = _session()
    fixtures.pytest_sessionfinish(session)
    assert session.exitstatus == 0
    kept = reach.recorded()
    assert "getUserById" in kept and "deleteTenantInvite" not in kept and len(kept) == len(OPERATIONS) - 1


def test_the_recorded_reach_names_only_operations_of_the_spec() -> None:
    if not reach.RECORDED_PATH.exists():
        pytest.skip("no success_reached.txt recorded yet")
    lines = [ln.strip() for ln in reach.RECORDED_PATH.read_text().splitlines() if ln.strip() and ln[0] != "#"]
    assert lines and set(lines) <= set(OPERATIONS) and lines == sorted(set(lines))


def test_stateless_tests_are_named_and_selected_by_operation_id() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTEGG_")}
    selection = "getUserById or verifyWebauthnMfa"
    out = subprocess.run(
        [sys.executable, "-m", "frontegg_contract", "-k", selection, "--", "--collect-only", "-q"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "test_stateless.py::test_operation_honours_the_spec[getUserById]" in out.stdout
    assert "GET /resources/users/v1/{userId}" not in out.stdout
    # An operation with a recipe also has its success test, selected by the same operationId.
    assert "test_success.py::test_operation_reaches_its_success[verifyWebauthnMfa]" in out.stdout


def test_recipes_name_operations_of_the_spec_that_the_suite_can_reach() -> None:
    assert set(RECIPES) <= set(OPERATIONS)
    assert not set(RECIPES) & set(reach.NOT_REACHABLE), "an operation with a recipe is reachable"


def test_valid_headers_name_the_actors_account_and_user() -> None:
    actors = Actors(environment_token="t", user_id="u-1", tenant_id="t-1")
    generated = {"frontegg-tenant-id": "random", "Frontegg-User-Id": "other", "frontegg-vendor-host": "h"}
    assert actor_headers(generated, actors) == {
        "frontegg-tenant-id": "t-1",
        "Frontegg-User-Id": "u-1",
        "frontegg-vendor-host": "h",
    }
    # A header the generated case left out stays out (its absence is valid data too).
    assert actor_headers({"frontegg-vendor-host": "h"}, actors) == {"frontegg-vendor-host": "h"}
    assert actor_headers(None, actors) == {}
