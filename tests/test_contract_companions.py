"""The contract suite covers the companions: the identity operations of identity-unpublished.yaml
(under /identity, joined with identity.yaml) and the Tenants API of tenants.yaml (under /tenants),
counted apart in the report, and left out with ``--no-companions``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml

from frontegg_contract import fixtures, reach
from frontegg_contract.cli import _parser
from frontegg_contract.recipes import RECIPES
from frontegg_contract.report import OperationRecord, Recorder
from frontegg_contract.spec import IDENTITY, OPERATIONS, PREFIX, SOURCE, TENANTS, security
from frontegg_contract.target import Target

OPENAPI = Path(__file__).resolve().parents[1] / "openapi"


def _ids(document: str) -> set[str]:
    spec = yaml.safe_load((OPENAPI / document).read_text(encoding="utf-8"))
    return {op["operationId"] for item in spec["paths"].values() for m, op in item.items() if m != "parameters"}


def _suite(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FRONTEGG_")}
    return subprocess.run(
        [sys.executable, "-m", "frontegg_contract", *args],
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        timeout=600,
        check=False,
    )


def test_every_companion_operation_is_under_test_with_its_base_path() -> None:
    unpublished, tenants = _ids("identity-unpublished.yaml"), _ids("tenants.yaml")
    assert unpublished and tenants
    assert (unpublished | tenants | _ids("identity.yaml")) == set(OPERATIONS)
    assert {PREFIX[op] for op in unpublished} == {IDENTITY}
    assert {PREFIX[op] for op in tenants} == {TENANTS}
    assert {SOURCE[op] for op in unpublished} == {"identity-unpublished.yaml"}
    assert {SOURCE[op] for op in tenants} == {"tenants.yaml"}
    target = Target("http://127.0.0.1:1", "cid", "key", live=False, allow_writes=True)
    assert target.base_url("createTenant") == "http://127.0.0.1:1/tenants"
    assert target.base_url("getCurrentUserSession") == "http://127.0.0.1:1/identity"
    # tenants.yaml states its environment token once, for every operation.
    assert security("createTenant") == [{"environmentToken": []}]


def test_the_report_counts_each_spec_apart() -> None:
    recorder = Recorder()
    recorder.operations["createTenant"] = OperationRecord(statuses=Counter({201: 1}), outcome="passed")
    recorder.operations["getTenant"] = OperationRecord(statuses=Counter({404: 3}), outcome="passed")
    recorder.operations["getUserById"] = OperationRecord(statuses=Counter({200: 1}), outcome="passed")
    by_spec = recorder.summary(seed=1, examples=1, target="t", exclusions={})["bySpec"]
    assert by_spec["tenants.yaml"] == {"total": len(_ids("tenants.yaml")), "exercised": 2, "successReached": 1}
    assert by_spec["identity.yaml"]["successReached"] == 1
    assert by_spec["identity-unpublished.yaml"]["exercised"] == 0


def test_a_run_without_the_companions_is_not_held_to_the_ratchet(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "success_reached.txt"
    path.write_text("createTenant\n")
    monkeypatch.setattr(reach, "RECORDED_PATH", path)
    monkeypatch.setattr(fixtures, "_RATCHET_LINES", [])
    monkeypatch.setattr(fixtures, "_LIVE", [False])
    monkeypatch.setattr(fixtures, "RECORDED_SETTINGS", True)
    monkeypatch.setattr(fixtures, "COMPANIONS", False)
    recorder = Recorder()
    for op in OPERATIONS:
        if op != "createTenant":
            code = min(reach.documented_success(op))
            recorder.operations[op] = OperationRecord(statuses=Counter({code: 1}), outcome="passed")
    recorder.operations["createTenant"] = OperationRecord(statuses=Counter({404: 1}), outcome="passed")
    monkeypatch.setattr(fixtures, "RECORDER", recorder)
    session = SimpleNamespace(config=SimpleNamespace(option=SimpleNamespace(keyword="", markexpr="")), exitstatus=0)
    fixtures.pytest_sessionfinish(session)
    assert session.exitstatus == 0
    assert any("ratchet not applied" in line for line in fixtures._RATCHET_LINES)
    count = len(_ids("tenants.yaml"))
    assert any(f"tenants.yaml {count - 1}/{count}" in line for line in fixtures._RATCHET_LINES)


def test_an_operation_without_a_recipe_does_not_fail_the_ratchet(tmp_path: Path, monkeypatch: Any) -> None:
    # Companion operations are added before their recipes: one that no run reached is not "lost"
    # until success_reached.txt records it.
    path = tmp_path / "success_reached.txt"
    path.write_text("getUserById\n")
    monkeypatch.setattr(reach, "RECORDED_PATH", path)
    statuses = {op: [min(reach.documented_success(op))] for op in OPERATIONS if op != "getCurrentUserSession"}
    statuses["getCurrentUserSession"] = [404]
    assert reach.ratchet(statuses).lost == []


def test_the_companions_option() -> None:
    assert _parser().parse_args([]).companions is True
    assert _parser().parse_args(["--no-companions"]).companions is False
    assert set(RECIPES) >= _ids("tenants.yaml"), "every Tenants operation has a recipe reaching its success"


def test_without_the_companions_no_companion_test_is_collected() -> None:
    out = _suite("--no-companions", "-k", "createTenant or getCurrentUserSession or getUserById", "--", "--co", "-q")
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "test_operation_honours_the_spec[getUserById]" in out.stdout
    for op in ("createTenant", "getCurrentUserSession"):
        assert f"[{op}]" not in out.stdout, op


@pytest.mark.slow
def test_the_suite_runs_the_companion_operations_against_the_emulator(tmp_path: Path) -> None:
    selection = "createTenant or getTenant or getCurrentUserSession"
    out = _suite("--report-dir", str(tmp_path), "-k", selection, "--", "-v")
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    for test in (
        "test_stateless.py::test_tenants_operation_honours_the_spec[createTenant]",
        "test_stateless.py::test_operation_honours_the_spec[getCurrentUserSession]",
        "test_success.py::test_operation_reaches_its_success[getTenant]",
        "test_client_conformance.py::test_generated_client_conforms[getTenant]",
    ):
        assert f"{test} PASSED" in out.stdout, test
    report = json.loads((tmp_path / "contract.json").read_text())
    per_op = report["perOperation"]
    for op in ("createTenant", "getTenant", "getCurrentUserSession"):
        assert per_op[op]["outcome"] == "passed" and per_op[op]["successReached"], (op, per_op[op])
    assert report["bySpec"]["tenants.yaml"]["successReached"] >= 2
    assert report["bySpec"]["identity-unpublished.yaml"]["successReached"] >= 1
    assert "by spec: identity.yaml" in out.stdout
