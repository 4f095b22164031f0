"""The last requests the emulator answered, for the admin surface and its web UI. No HTTP here.

Each entry keeps what explains a failure (method, path, status, trace id, duration, the operationId the
path matched, the error text) and nothing that may be secret: no query string (activation tokens and
codes travel there), no headers, no bodies. The log is bounded, so a long test run keeps the newest.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

DEFAULT_SIZE = 500


class RequestEntry(NamedTuple):
    """Immutable. A named tuple rather than a frozen dataclass: one is built per request, and a frozen
    dataclass's __init__ (a setattr through object per field) was 2% of a GET user by id (make bench)."""

    trace_id: str
    at: float  # wall-clock epoch seconds (not the environment's emulated clock)
    method: str
    path: str
    status: int
    duration_ms: float
    operation_id: str | None = None
    client_id: str | None = None  # the environment the request was answered in, when it was known
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "traceId": self.trace_id,
            "at": self.at,
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "durationMs": round(self.duration_ms, 3),
            "operationId": self.operation_id,
            "clientId": self.client_id,
            "error": self.error,
        }


@dataclass(frozen=True)
class RequestFilter:
    """Every field left None matches everything; ``path`` and ``trace_id`` match a part of the value."""

    trace_id: str | None = None
    method: str | None = None
    path: str | None = None
    status: str | None = None  # "404", or a class: "4xx", or "errors" for any status >= 400
    operation_id: str | None = None
    client_id: str | None = None

    def matches(self, entry: RequestEntry) -> bool:
        if self.trace_id and self.trace_id.strip().lower() not in entry.trace_id:
            return False
        if self.method and entry.method != self.method.upper():
            return False
        if self.path and self.path not in entry.path:
            return False
        if self.operation_id and entry.operation_id != self.operation_id:
            return False
        if self.client_id and entry.client_id != self.client_id:
            return False
        return self.status is None or _status_matches(self.status, entry.status)

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def _status_matches(wanted: str, status: int) -> bool:
    wanted = wanted.strip().lower()
    if wanted in ("", "all"):
        return True
    if wanted == "errors":
        return status >= 400
    if len(wanted) == 3 and wanted.endswith("xx") and wanted[0].isdigit():
        return status // 100 == int(wanted[0])
    return wanted == str(status)


class RequestLog:
    """A thread-safe ring buffer: requests are recorded from the server's worker threads."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._entries: deque[RequestEntry] = deque(maxlen=size)
        self._lock = threading.Lock()

    def add(self, entry: RequestEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def entries(self, where: RequestFilter | None = None, limit: int | None = None) -> list[RequestEntry]:
        """The matching entries, newest first."""
        with self._lock:
            snapshot = list(self._entries)
        found = [e for e in reversed(snapshot) if where is None or where.matches(e)]
        return found if limit is None else found[: max(0, limit)]
