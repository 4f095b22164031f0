"""What changed between two versions of an upstream spec, and does it break the curated spec?

    python openapi/tools/spec_diff.py OLD NEW [--curated openapi/identity.yaml] [--json OUT]

Operations are matched by (METHOD, path) with path parameter names ignored (see spec_model.py).
For operations present in both versions it reports:

- parameters added, removed or changed (matched by location and name; path parameters by their
  position in the template, so a renamed one is reported as renamed; changes of `required` and of
  the schema type),
- request body added or removed, and its fields added, removed, or changed in type or `required`,
- response status codes added or removed,
- for status codes in both: response body added or removed, and its fields as for the request.

Fields are the body schema's properties and one level of nested properties (`a.b`, `items[].id`),
after following `$ref`s into components and merging `allOf`. Types are compared as JSON types
(`string`, `array<integer>`, `oneOf(object|string)`, `|null` when nullable), not formats.

Exit status: 1 when --curated is given and an operation it describes was removed upstream, 2 when a
document cannot be read, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # find spec_model however we are started
import spec_model

# Order in which kinds are listed for one operation.
KINDS: tuple[str, ...] = (
    "parameter_added",
    "parameter_removed",
    "parameter_renamed",
    "parameter_changed",
    "request_body_added",
    "request_body_removed",
    "request_field_added",
    "request_field_removed",
    "request_field_type_changed",
    "request_field_required_changed",
    "response_status_added",
    "response_status_removed",
    "response_body_added",
    "response_body_removed",
    "response_field_added",
    "response_field_removed",
    "response_field_type_changed",
    "response_field_required_changed",
)
_NESTING = 1  # levels of nested properties below the top-level ones
_MAX_TYPE_DEPTH = 4


@dataclass(frozen=True)
class Change:
    operation: str  # "METHOD /path" as the new version spells the path
    kind: str
    detail: str


@dataclass(frozen=True)
class FieldInfo:
    type: str
    required: bool


@dataclass
class SpecDiff:
    added: list[spec_model.Operation] = field(default_factory=list)
    removed: list[spec_model.Operation] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    # Curated operations whose upstream counterpart was removed (only with --curated), as spelled there.
    curated_removed: list[spec_model.Operation] = field(default_factory=list)
    curated_checked: bool = False

    @property
    def changed_operations(self) -> int:
        return len({c.operation for c in self.changed})

    def to_json(self) -> dict[str, Any]:
        curated_keys = {op.key for op in self.curated_removed}

        def row(op: spec_model.Operation) -> dict[str, Any]:
            return {
                "operation": op.label,
                "method": op.method,
                "path": op.path,
                "operationId": op.operation_id,
            }

        removed = []
        for op in self.removed:
            entry = row(op)
            if self.curated_checked:
                entry["inCurated"] = op.key in curated_keys
            removed.append(entry)
        return {
            "added": [row(op) for op in self.added],
            "removed": removed,
            "changed": [asdict(c) for c in self.changed],
        }


# Schemas ------------------------------------------------------------------------------------------


def flatten_schema(spec: spec_model.Spec, schema: Any, depth: int = 0) -> dict[str, Any]:
    """Resolve `$ref`s and merge `allOf` parts into one schema (properties, required, type, items)."""
    resolved = spec_model.resolve(spec, schema)
    if not isinstance(resolved, dict):
        return {}
    parts = resolved.get("allOf")
    if not isinstance(parts, list) or depth > _MAX_TYPE_DEPTH:
        return resolved
    merged: dict[str, Any] = {k: v for k, v in resolved.items() if k != "allOf"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*parts, {k: v for k, v in merged.items() if k in ("properties", "required")}]:
        flat = flatten_schema(spec, part, depth + 1)
        properties.update(flat.get("properties") or {})
        required.extend(r for r in flat.get("required") or [] if r not in required)
        for key in ("type", "items", "additionalProperties", "nullable", "oneOf", "anyOf"):
            if key in flat:
                merged.setdefault(key, flat[key])
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def type_label(spec: spec_model.Spec, schema: Any, depth: int = 0) -> str:
    """A short JSON-type description of a schema: `string`, `array<object>`, `oneOf(a|b)|null`."""
    if depth > _MAX_TYPE_DEPTH:
        return "..."
    flat = flatten_schema(spec, schema)
    label: str
    for combiner in ("oneOf", "anyOf"):
        options = flat.get(combiner)
        if isinstance(options, list) and "type" not in flat:
            label = f"{combiner}({'|'.join(type_label(spec, o, depth + 1) for o in options)})"
            break
    else:
        kind = flat.get("type")
        if isinstance(kind, list):  # OpenAPI 3.1 style
            label = "|".join(str(k) for k in kind)
        elif kind == "array" or (kind is None and "items" in flat):
            label = f"array<{type_label(spec, flat.get('items', {}), depth + 1)}>"
        elif kind is None:
            label = "object" if "properties" in flat or "additionalProperties" in flat else "any"
        else:
            label = str(kind)
    if flat.get("nullable") is True:
        label += "|null"
    return label


def body_fields(spec: spec_model.Spec, schema: Any) -> dict[str, FieldInfo]:
    """Fields of a body schema: top-level properties and `_NESTING` levels below, by dotted name."""
    fields: dict[str, FieldInfo] = {}
    _collect_fields(spec, schema, "", 0, 0, fields)
    return fields


def _collect_fields(
    spec: spec_model.Spec, schema: Any, prefix: str, depth: int, arrays: int, out: dict[str, FieldInfo]
) -> None:
    flat = flatten_schema(spec, schema)
    if flat.get("type") == "array" or ("type" not in flat and "items" in flat):
        if arrays < 2:  # arrays of arrays of objects are rare; do not chase deeper
            _collect_fields(spec, flat.get("items", {}), f"{prefix}[]", depth, arrays + 1, out)
        return
    properties = flat.get("properties")
    if not isinstance(properties, dict):
        return
    required = set(flat.get("required") or [])
    for name, sub in properties.items():
        key = f"{prefix}.{name}" if prefix else str(name)
        out[key] = FieldInfo(type_label(spec, sub), name in required)
        if depth < _NESTING:
            _collect_fields(spec, sub, key, depth + 1, arrays, out)


def _json_schema(spec: spec_model.Spec, holder: Any) -> tuple[bool, Any]:
    """(has content, schema) of a request body or response: the JSON media type, else the first."""
    resolved = spec_model.resolve(spec, holder)
    content = resolved.get("content") if isinstance(resolved, dict) else None
    if not isinstance(content, dict) or not content:
        return False, None
    media = content.get("application/json") or next(iter(content.values()))
    return True, media.get("schema") if isinstance(media, dict) else None


# Comparisons -------------------------------------------------------------------------------------


def _param_key(param: Mapping[str, Any], path_names: list[str]) -> tuple[str, str]:
    location = str(param.get("in", ""))
    name = str(param.get("name", ""))
    if location == "path" and name in path_names:
        return (location, f"#{path_names.index(name)}")
    if location == "header":
        name = name.lower()
    return (location, name)


def _param_info(spec: spec_model.Spec, param: Mapping[str, Any]) -> FieldInfo:
    schema = param.get("schema")
    if schema is None and isinstance(param.get("content"), dict) and param["content"]:
        media = next(iter(param["content"].values()))
        schema = media.get("schema") if isinstance(media, dict) else None
    required = bool(param.get("required")) or param.get("in") == "path"
    return FieldInfo(type_label(spec, schema) if schema is not None else "any", required)


def _compare_parameters(
    old_spec: spec_model.Spec, new_spec: spec_model.Spec, old: spec_model.Operation, new: spec_model.Operation
) -> Iterable[tuple[str, str]]:
    def index(spec: spec_model.Spec, op: spec_model.Operation) -> dict[tuple[str, str], dict[str, Any]]:
        names = spec_model.path_parameter_names(op.path)
        return {_param_key(p, names): p for p in spec_model.operation_parameters(spec, op)}

    before, after = index(old_spec, old), index(new_spec, new)
    for key in sorted(after.keys() - before.keys()):
        info = _param_info(new_spec, after[key])
        yield "parameter_added", f"{key[0]} `{after[key].get('name')}` ({_describe(info)})"
    for key in sorted(before.keys() - after.keys()):
        yield "parameter_removed", f"{key[0]} `{before[key].get('name')}`"
    for key in sorted(before.keys() & after.keys()):
        old_name, new_name = str(before[key].get("name")), str(after[key].get("name"))
        if key[0] == "path" and old_name != new_name:  # header case is not a change
            yield "parameter_renamed", f"{key[0]} `{old_name}` -> `{new_name}`"
        was, now = _param_info(old_spec, before[key]), _param_info(new_spec, after[key])
        differences = _field_differences(was, now)
        if differences:
            yield "parameter_changed", f"{key[0]} `{new_name}`: {'; '.join(differences)}"


def _describe(info: FieldInfo) -> str:
    return f"{info.type}, {'required' if info.required else 'optional'}"


def _field_differences(was: FieldInfo, now: FieldInfo) -> list[str]:
    out = []
    if was.type != now.type:
        out.append(f"type {was.type} -> {now.type}")
    if was.required != now.required:
        out.append(f"required {str(was.required).lower()} -> {str(now.required).lower()}")
    return out


def _compare_fields(
    side: str,
    where: str,
    old_spec: spec_model.Spec,
    old_schema: Any,
    new_spec: spec_model.Spec,
    new_schema: Any,
) -> Iterable[tuple[str, str]]:
    before = body_fields(old_spec, old_schema) if old_schema is not None else {}
    after = body_fields(new_spec, new_schema) if new_schema is not None else {}
    for name in sorted(after.keys() - before.keys()):
        yield f"{side}_field_added", f"{where}`{name}` ({_describe(after[name])})"
    for name in sorted(before.keys() - after.keys()):
        yield f"{side}_field_removed", f"{where}`{name}`"
    for name in sorted(before.keys() & after.keys()):
        was, now = before[name], after[name]
        if was.type != now.type:
            yield f"{side}_field_type_changed", f"{where}`{name}`: {was.type} -> {now.type}"
        if was.required != now.required:
            change = "now required" if now.required else "now optional"
            yield f"{side}_field_required_changed", f"{where}`{name}`: {change}"
    if old_schema is not None and new_schema is not None and not before and not after:
        old_type, new_type = type_label(old_spec, old_schema), type_label(new_spec, new_schema)
        if old_type != new_type:  # bodies without properties, e.g. a plain array of strings
            yield f"{side}_field_type_changed", f"{where}body: {old_type} -> {new_type}"


def _compare_request(
    old_spec: spec_model.Spec, new_spec: spec_model.Spec, old: spec_model.Operation, new: spec_model.Operation
) -> Iterable[tuple[str, str]]:
    had, old_schema = _json_schema(old_spec, old.op.get("requestBody"))
    has, new_schema = _json_schema(new_spec, new.op.get("requestBody"))
    if has and not had:
        yield "request_body_added", "no schema" if new_schema is None else type_label(new_spec, new_schema)
    elif had and not has:
        yield "request_body_removed", ""
    elif had and has:
        yield from _compare_fields("request", "", old_spec, old_schema, new_spec, new_schema)


def _compare_responses(
    old_spec: spec_model.Spec, new_spec: spec_model.Spec, old: spec_model.Operation, new: spec_model.Operation
) -> Iterable[tuple[str, str]]:
    before = {str(k): v for k, v in (old.op.get("responses") or {}).items()}
    after = {str(k): v for k, v in (new.op.get("responses") or {}).items()}
    for status in sorted(after.keys() - before.keys()):
        yield "response_status_added", status
    for status in sorted(before.keys() - after.keys()):
        yield "response_status_removed", status
    for status in sorted(before.keys() & after.keys()):
        had, old_schema = _json_schema(old_spec, before[status])
        has, new_schema = _json_schema(new_spec, after[status])
        if has and not had:
            label = type_label(new_spec, new_schema) if new_schema is not None else "no schema"
            yield "response_body_added", f"{status}: {label}"
        elif had and not has:
            yield "response_body_removed", status
        elif had and has:
            yield from _compare_fields("response", f"{status} ", old_spec, old_schema, new_spec, new_schema)


def compare_operation(
    old_spec: spec_model.Spec, new_spec: spec_model.Spec, old: spec_model.Operation, new: spec_model.Operation
) -> list[Change]:
    found: list[tuple[str, str]] = []
    for comparison in (_compare_parameters, _compare_request, _compare_responses):
        found.extend(comparison(old_spec, new_spec, old, new))
    found.sort(key=lambda kd: KINDS.index(kd[0]))  # stable: keeps the detail order within a kind
    return [Change(new.label, kind, detail) for kind, detail in found]


def diff_specs(
    old_spec: spec_model.Spec, new_spec: spec_model.Spec, curated: spec_model.Spec | None = None
) -> SpecDiff:
    old_ops = spec_model.index_operations(old_spec)
    new_ops = spec_model.index_operations(new_spec)
    result = SpecDiff(
        added=[op for key, op in sorted(new_ops.items()) if key not in old_ops],
        removed=[op for key, op in sorted(old_ops.items()) if key not in new_ops],
    )
    for key in sorted(old_ops.keys() & new_ops.keys()):
        result.changed.extend(compare_operation(old_spec, new_spec, old_ops[key], new_ops[key]))
    if curated is not None:
        ours = spec_model.index_operations(curated)
        result.curated_checked = True
        result.curated_removed = [ours[op.key] for op in result.removed if op.key in ours]
    return result


# Output ------------------------------------------------------------------------------------------


def report(result: SpecDiff, old_name: str, new_name: str) -> str:
    lines = [
        f"{old_name} -> {new_name}: {len(result.added)} added, {len(result.removed)} removed, "
        f"{result.changed_operations} changed operations ({len(result.changed)} changes)"
    ]
    for title, ops in (("Added", result.added), ("Removed", result.removed)):
        if ops:
            lines.append(f"\n{title} ({len(ops)}):")
            rows = [[op.method, op.path, op.operation_id] for op in ops]
            lines.append(spec_model.format_table(["METHOD", "PATH", "OPERATION ID"], rows))
    if result.changed:
        lines.append(f"\nChanged ({result.changed_operations} operations, {len(result.changed)} changes):")
        rows = [[c.operation, c.kind, c.detail] for c in result.changed]
        lines.append(spec_model.format_table(["OPERATION", "KIND", "DETAIL"], rows))
    if result.curated_removed:
        lines.append(f"\nREMOVED UPSTREAM BUT STILL IN THE CURATED SPEC ({len(result.curated_removed)}):")
        rows = [[op.method, op.path, op.operation_id] for op in result.curated_removed]
        lines.append(spec_model.format_table(["METHOD", "PATH", "CURATED OPERATION ID"], rows))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("old", help="older upstream spec (YAML or JSON)")
    parser.add_argument("new", help="newer upstream spec (YAML or JSON)")
    parser.add_argument(
        "--curated",
        metavar="SPEC",
        help="curated spec: exit 1 if an operation it describes was removed upstream",
    )
    parser.add_argument("--json", metavar="OUT", help="also write added/removed/changed as JSON to OUT")
    args = parser.parse_args(argv)
    try:
        old_spec, new_spec = spec_model.load_spec(args.old), spec_model.load_spec(args.new)
        curated = spec_model.load_spec(args.curated) if args.curated else None
        result = diff_specs(old_spec, new_spec, curated)
    except spec_model.SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report(result, args.old, args.new))
    if args.json:
        Path(args.json).write_text(json.dumps(result.to_json(), indent=2) + "\n", encoding="utf-8")
    return 1 if result.curated_removed else 0


if __name__ == "__main__":
    raise SystemExit(main())
