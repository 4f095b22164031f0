"""The emulator holds each of its own answers to the spec, strictly (issue 15). No HTTP here.

Spec and emulator were built to agree, and drifted apart where nothing compared them: bodies sent
for operations that declare none, properties no schema names, success schemas that were an empty
object. With ``FRONTEGG_EMULATOR_VERIFY_RESPONSES`` set (the test suite sets it in tests/conftest.py,
as it sets the persistence checks), every answer to an operation of a spec is checked against that
operation's documented responses by ``Spec.check_response``. A finding:

- is logged at ERROR on the ``frontegg_emulator.selfcheck`` logger and kept in ``findings()``, which
  tests/conftest.py reads after each test to fail the test whose requests caused it;
- replaces the answer with a 500 whose body names the operationId, status and JSON paths, so a
  client, an SDK in a subprocess or the contract suite (whose emulator process inherits the variable)
  fails right at the request that went wrong.

``FRONTEGG_EMULATOR_VERIFY_RESPONSES=log`` logs and keeps findings but sends the answer unchanged (to
survey an application's traffic without breaking it). Off by default: it costs a schema validation
per answer.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

VERIFY_ENV = "FRONTEGG_EMULATOR_VERIFY_RESPONSES"
ERROR_CODE = "ER-EMU-SPEC"

log = logging.getLogger("frontegg_emulator.selfcheck")


def mode() -> str | None:
    """``"fail"``, ``"log"`` or None (off), read on each answer so a test may switch it."""
    value = os.environ.get(VERIFY_ENV, "").strip().lower()
    if value in ("", "0", "false", "no", "off"):
        return None
    return "log" if value == "log" else "fail"


@dataclass(frozen=True)
class Finding:
    """One answer that does not match its operation's documented response."""

    operation_id: str
    method: str
    path: str  # the request path, never its query (tokens and codes travel there)
    status: int
    problems: tuple[str, ...]

    def __str__(self) -> str:
        where = f"{self.operation_id} {self.status} ({self.method} {self.path})"
        return f"{where}: " + "; ".join(self.problems)


# A server left in ``log`` mode to survey an application's traffic would otherwise keep every finding
# for as long as it runs: only the newest are kept (all are logged). Indexes keep counting, so a
# reader's ``start`` stays meaningful after older findings were dropped.
KEPT = 1000

_lock = threading.Lock()
_findings: list[tuple[int, Finding]] = []  # (index since the process started, finding), oldest first
_recorded = 0


def record(finding: Finding) -> None:
    global _recorded
    with _lock:
        _findings.append((_recorded, finding))
        _recorded += 1
        if len(_findings) > KEPT:
            del _findings[: len(_findings) - KEPT]
    log.error("answer does not match the spec: %s", finding)


def findings(start: int = 0) -> list[Finding]:
    """The findings recorded in this process from index ``start`` (a ``count()`` taken earlier) on,
    as far as they are still kept (the newest ``KEPT``)."""
    with _lock:
        return [f for i, f in _findings if i >= start]


def count() -> int:
    """How many findings were recorded in this process, including those no longer kept."""
    with _lock:
        return _recorded


def take(start: int) -> list[Finding]:
    """Remove and return the findings from index ``start`` on: for a test that provokes findings on
    purpose, so the suite's per-test check (tests/conftest.py) does not count them against it."""
    global _recorded
    with _lock:
        taken = [f for i, f in _findings if i >= start]
        _findings[:] = [(i, f) for i, f in _findings if i < start]
        _recorded = min(_recorded, start)  # the next finding takes the first index given back
        return taken
