"""Check an answer against the success response the spec declares for its operation.

Independent of the emulator's code: reads openapi/identity.yaml itself and validates with jsonschema
(OpenAPI 3.0 ``nullable`` turned into JSON Schema's ``null`` type, ``date-time`` and ``email`` checked).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft4Validator, FormatChecker

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "identity.yaml"


@cache
def _document() -> dict[str, Any]:
    with open(SPEC, encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


def _nullable(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _nullable(v) for k, v in node.items() if k != "nullable"}
        if node.get("nullable") is True and "type" in out:
            out["type"] = [out["type"], "null"]
        return out
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


@cache
def _operation(operation_id: str) -> dict[str, Any]:
    for item in _document()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return dict(op)
    raise KeyError(operation_id)


def check(operation_id: str, status: int, body: Any) -> None:
    """Assert that ``body`` is what the spec declares for this operation and status."""
    response = _operation(operation_id)["responses"].get(str(status))
    assert response is not None, f"{operation_id} declares no {status} response"
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return
    components = _nullable(_document()["components"])
    validator = Draft4Validator(
        {"allOf": [_nullable(schema)], "components": components}, format_checker=FormatChecker(("date-time", "email"))
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, f"{operation_id} {status} answer does not match the spec: {errors[:5]}"
