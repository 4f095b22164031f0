"""Check an answer against the success response the spec declares for its operation.

Independent of the emulator's code: reads openapi/identity.yaml, the Tenants companion
openapi/tenants.yaml and the unpublished identity operations (openapi/identity-unpublished.yaml, whose
``identity.yaml#/...`` refs are read as refs into identity.yaml) itself, and validates with
jsonschema (OpenAPI 3.0 ``nullable`` turned into JSON Schema's ``null`` type, ``date-time`` and ``email`` checked).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft4Validator, FormatChecker

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"
SPEC = OPENAPI / "identity.yaml"
UNPUBLISHED = OPENAPI / "identity-unpublished.yaml"
SPECS = (SPEC, OPENAPI / "tenants.yaml", UNPUBLISHED)


@cache
def _load(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return dict(yaml.load(fh, Loader=loader))  # noqa: S506 - a safe loader, only its C build


def _document() -> dict[str, Any]:
    return _load(SPEC)


def _nullable(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _nullable(v) for k, v in node.items() if k != "nullable"}
        if isinstance(out.get("$ref"), str):
            out["$ref"] = out["$ref"].removeprefix("identity.yaml")
        if node.get("nullable") is True and "type" in out:
            out["type"] = [out["type"], "null"]
        return out
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


@cache
def _located(operation_id: str) -> tuple[Path, dict[str, Any]]:
    for path in SPECS:
        for item in _load(path)["paths"].values():
            for op in item.values():
                if isinstance(op, dict) and op.get("operationId") == operation_id:
                    return path, dict(op)
    raise KeyError(operation_id)


def _operation(operation_id: str) -> dict[str, Any]:
    return _located(operation_id)[1]


def check(operation_id: str, status: int, body: Any) -> None:
    """Assert that ``body`` is what the spec declares for this operation and status."""
    response = _operation(operation_id)["responses"].get(str(status))
    assert response is not None, f"{operation_id} declares no {status} response"
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return
    path = _located(operation_id)[0]
    own = _load(path)["components"]
    if path == UNPUBLISHED:
        own = {kind: {**_load(SPEC)["components"].get(kind, {}), **own.get(kind, {})} for kind in {*own, "schemas"}}
    components = _nullable(own)
    validator = Draft4Validator(
        {"allOf": [_nullable(schema)], "components": components}, format_checker=FormatChecker(("date-time", "email"))
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, f"{operation_id} {status} answer does not match the spec: {errors[:5]}"
