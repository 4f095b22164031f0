"""The contract report: operations exercised / total, status codes seen per operation, checks run and
failed, exclusions. Printed as a table at the end of the run and written to reports/contract.json
(JUnit XML comes from pytest's --junitxml, which `make contract` passes)."""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import reach
from .spec import OPERATIONS, SOURCE

# Relative to where the suite runs (the repository root for `make contract`), never inside the package.
REPORT_DIR = Path(os.environ.get("FRONTEGG_CONTRACT_REPORT_DIR") or "reports")


@dataclass
class OperationRecord:
    statuses: Counter[int] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)
    failed_checks: Counter[str] = field(default_factory=Counter)
    outcome: str = "not run"
    skip_reason: str = ""


@dataclass
class Recorder:
    operations: dict[str, OperationRecord] = field(default_factory=lambda: defaultdict(OperationRecord))

    def status(self, operation_id: str, status: int) -> None:
        self.operations[operation_id].statuses[status] += 1

    def check(self, operation_id: str, name: str, passed: bool) -> None:
        record = self.operations[operation_id]
        record.checks[name] += 1
        if not passed:
            record.failed_checks[name] += 1

    def outcome(self, operation_id: str, outcome: str, reason: str = "") -> None:
        record = self.operations[operation_id]
        record.outcome = outcome
        record.skip_reason = reason

    def summary(
        self, *, seed: int, examples: int, target: str, exclusions: dict[str, dict[str, str]]
    ) -> dict[str, Any]:
        exercised = sorted(op for op, r in self.operations.items() if r.statuses)
        succeeded = sorted(op for op, r in self.operations.items() if reach.reached(op, r.statuses))
        checks_run: Counter[str] = Counter()
        for record in self.operations.values():
            checks_run.update(record.checks)
        return {
            "target": target,
            "seed": seed,
            "examplesPerOperation": examples,
            "operations": {"total": len(OPERATIONS), "exercised": len(exercised), "successReached": len(succeeded)},
            # The same counts per spec file: the published Identity API and each companion apart.
            "bySpec": {
                source: {
                    "total": sum(1 for op in OPERATIONS if SOURCE[op] == source),
                    "exercised": sum(1 for op in exercised if SOURCE.get(op) == source),
                    "successReached": sum(1 for op in succeeded if SOURCE.get(op) == source),
                }
                for source in dict.fromkeys(SOURCE.values())
            },
            "successNotReached": {
                op: reach.NOT_REACHABLE.get(op) or "no documented 2xx answer in this run"
                for op in sorted(set(OPERATIONS) - set(succeeded))
                if op in self.operations
            },
            "outcomes": Counter(r.outcome for r in self.operations.values()),
            "checksRun": dict(sorted(checks_run.items())),
            "excludedChecks": {
                "count": sum(len(v) for v in exclusions.values()),
                "entries": [
                    {"operationId": op, "check": check, "reason": reason}
                    for op, checks in sorted(exclusions.items())
                    for check, reason in checks.items()
                ],
            },
            "perOperation": {
                op: {
                    "outcome": r.outcome,
                    "skipReason": r.skip_reason or None,
                    "statuses": {str(k): v for k, v in sorted(r.statuses.items())},
                    "documentedSuccess": sorted(reach.documented_success(op)) if op in OPERATIONS else [],
                    "successReached": reach.reached(op, r.statuses) if op in OPERATIONS else False,
                    "checks": dict(sorted(r.checks.items())),
                    "failedChecks": dict(sorted(r.failed_checks.items())),
                }
                for op, r in sorted(self.operations.items())
            },
        }

    def write(self, summary: dict[str, Any]) -> Path:
        REPORT_DIR.mkdir(parents=True, exist_ok=True)
        path = REPORT_DIR / "contract.json"
        path.write_text(json.dumps(summary, indent=2, default=dict) + "\n")
        return path

    def table(self) -> list[str]:
        lines = [f"{'operation':46} {'outcome':8} {'2xx':3} {'statuses':30} checks (failed)"]
        for op, r in sorted(self.operations.items()):
            if r.outcome == "skipped":
                continue
            statuses = " ".join(f"{k}x{v}" for k, v in sorted(r.statuses.items()))
            failed = sum(r.failed_checks.values())
            success = "yes" if op in OPERATIONS and reach.reached(op, r.statuses) else "no"
            lines.append(f"{op[:46]:46} {r.outcome:8} {success:3} {statuses[:30]:30} {len(r.checks)} ({failed})")
        return lines


RECORDER = Recorder()
