"""Shared helpers for the spec tools: load an OpenAPI document, walk and key its operations.

Operations are keyed by ``(METHOD, normalised path)``, where every path template parameter is
replaced by ``{}``: ``/users/{id}`` and ``/users/{userId}`` are the same route on the wire, and the
curated spec merges such spellings. ``spec_coverage.py`` and ``spec_diff.py`` both import this module;
each adds its own folder to ``sys.path`` so the import works whether the tool runs as a script or
is imported from elsewhere (for example the tests).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS: tuple[str, ...] = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# JSON value as loaded from a spec: dicts, lists and scalars.
Spec = dict[str, Any]
OpKey = tuple[str, str]

_TEMPLATE = re.compile(r"\{[^{}/]*\}")


class SpecError(Exception):
    """The document cannot be read as an OpenAPI description."""


def load_spec(path: str | Path) -> Spec:
    """Load a JSON or YAML OpenAPI document; the extension decides the parser (.json, else YAML)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        if path.suffix.lower() == ".json":
            data: object = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, C or pure Python
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise SpecError(f"{path}: not valid {path.suffix.lstrip('.') or 'YAML'}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise SpecError(f"{path}: not an OpenAPI document (no `paths` object)")
    return data


def normalise_path(path: str) -> str:
    """Replace every template parameter by ``{}``: ``/users/{userId}`` -> ``/users/{}``."""
    return _TEMPLATE.sub("{}", path)


def path_parameter_names(path: str) -> list[str]:
    """Template parameter names in order of appearance: ``/a/{x}/b/{y}`` -> ``["x", "y"]``."""
    return [m.group()[1:-1] for m in _TEMPLATE.finditer(path)]


def op_key(method: str, path: str) -> OpKey:
    return (method.upper(), normalise_path(path))


def format_key(key: OpKey) -> str:
    return f"{key[0]} {key[1]}"


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with the path spelled as that spec spells it."""

    method: str  # upper case
    path: str
    operation_id: str
    op: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def key(self) -> OpKey:
        return op_key(self.method, self.path)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def iter_operations(spec: Spec) -> Iterator[Operation]:
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield Operation(method.upper(), path, str(op.get("operationId", "")), op, item)


def index_operations(spec: Spec) -> dict[OpKey, Operation]:
    """Operations by normalised key; two operations sharing a key make the document ambiguous."""
    index: dict[OpKey, Operation] = {}
    for operation in iter_operations(spec):
        other = index.get(operation.key)
        if other is not None:
            raise SpecError(
                f"{operation.label} and {other.label} are the same operation once path parameter names are ignored"
            )
        index[operation.key] = operation
    return index


def resolve(spec: Spec, node: Any, max_hops: int = 32) -> Any:
    """Follow local ``$ref`` chains (``#/...``) until a node without ``$ref`` is reached."""
    hops = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = resolve_pointer(spec, node["$ref"])
        hops += 1
        if hops > max_hops:
            raise SpecError("$ref chain too long or circular")
    return node


def resolve_pointer(spec: Spec, ref: str) -> Any:
    if not ref.startswith("#/"):
        raise SpecError(f"only local $refs are supported, got {ref!r}")
    node: Any = spec
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise SpecError(f"unresolvable $ref {ref!r}")
    return node


def operation_parameters(spec: Spec, operation: Operation) -> list[dict[str, Any]]:
    """Resolved parameters, path-item level ones included unless the operation overrides them."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (operation.path_item.get("parameters", []), operation.op.get("parameters", [])):
        for raw in source or []:
            param = resolve(spec, raw)
            if isinstance(param, dict):
                merged[(str(param.get("in", "")), str(param.get("name", "")))] = param
    return list(merged.values())


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> str:
    """Plain-text columns, left aligned; the last column is not padded."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        padded = [cell.ljust(widths[i]) for i, cell in enumerate(cells[:-1])]
        return (indent + "  ".join([*padded, cells[-1]])).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in rows)
    return "\n".join(out)
