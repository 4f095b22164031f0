"""The curated spec the suite checks servers against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "identity.yaml"
with open(SPEC_PATH, encoding="utf-8") as _fh:
    SPEC: dict[str, Any] = yaml.safe_load(_fh)

OPERATIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    op["operationId"]: (method.upper(), path, op) for path, item in SPEC["paths"].items() for method, op in item.items()
}
