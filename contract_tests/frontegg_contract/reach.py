"""Which operations reached their documented success, and the ratchet that keeps that number rising.

An operation *reached its success* when the suite (stateless or stateful) received one of the 2xx
statuses its spec documents, after which every check ran on that answer. Error answers alone prove that
errors are well formed and nothing about what users call the operation for (issue 18: half the API
never saw a 2xx while the report said "307/307 exercised").

``success_reached.txt`` (packaged beside this module) lists the operations a full run against the
bundled emulator reaches. Such a run fails when one of them is no longer reached: the ratchet only goes
up. ``frontegg-contract --record-reach`` (FRONTEGG_CONTRACT_RECORD_REACH=1) rewrites it after a full
run that lost nothing. ``NOT_REACHABLE`` names the operations whose success needs something the suite
cannot provide, with the reason the report prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .spec import OPERATIONS

RECORDED_PATH = Path(str(resources.files("frontegg_contract"))) / "success_reached.txt"

# Reasons, per operationId, that its success cannot be reached by this suite against the emulator.
NOT_REACHABLE: dict[str, str] = {}


def documented_success(operation_id: str) -> frozenset[int]:
    """The 2xx statuses the spec documents for the operation (a bare "2XX" counts as any of them)."""
    responses = OPERATIONS[operation_id][2].get("responses", {})
    codes = {str(code).upper() for code in responses}
    if "2XX" in codes:
        return frozenset(range(200, 300))
    return frozenset(int(code) for code in codes if code.isdigit() and 200 <= int(code) < 300)


def reached(operation_id: str, statuses: Iterable[int]) -> bool:
    return bool(documented_success(operation_id) & set(statuses))


def recorded() -> frozenset[str]:
    """The operations a full run is known to reach; empty when the file is absent (nothing to keep)."""
    if not RECORDED_PATH.exists():
        return frozenset()
    lines = (line.strip() for line in RECORDED_PATH.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#") and line in OPERATIONS)


@dataclass(frozen=True)
class Ratchet:
    reached: frozenset[str]
    recorded: frozenset[str]

    @property
    def lost(self) -> list[str]:
        return sorted(self.recorded - self.reached)

    @property
    def gained(self) -> list[str]:
        return sorted(self.reached - self.recorded)


def ratchet(statuses: Mapping[str, Iterable[int]]) -> Ratchet:
    now = frozenset(op for op, seen in statuses.items() if op in OPERATIONS and reached(op, seen))
    return Ratchet(reached=now, recorded=recorded())


def record(result: Ratchet, path: Path | None = None) -> Path:
    path = path or RECORDED_PATH
    header = (
        "# Operations whose documented success a full `make contract` against the bundled emulator reaches.\n"
        "# Written by `frontegg-contract --record-reach`; a run that no longer reaches one of them fails.\n"
    )
    path.write_text(header + "".join(f"{op}\n" for op in sorted(result.reached)), encoding="utf-8")
    return path
