"""Checks of the curated spec, openapi/identity.yaml, beyond what the validator and linter see:
naming, documentation, error responses, examples, a few known fixes of upstream defects, and (when
../shared/reference exists) completeness against upstream and prose that is our own."""

from __future__ import annotations

import copy
import re
import sys
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the pinned dev set
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT4

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "openapi" / "tools"))  # the tools are scripts
import spec_model

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "openapi" / "identity.yaml"
REFERENCE = ROOT.parent / "shared" / "reference"  # beside the repository, never inside it
UPSTREAM = REFERENCE / "frontegg-identity.openapi.json"
EXPECTED_OPERATIONS = 307
ERROR_SCHEMA = "#/components/schemas/ErrorResponse"

# First words of operationIds: verbs as they occur in the spec. A qualifier ("pre" for the first step
# of a two-step flow, "bulk" for a batch variant) may come before the verb: preEnrollSmsMfa.
VERBS = frozenset(
    {
        *("accept", "activate", "add", "assign", "authenticate", "change", "check", "create", "delete"),
        *("disable", "edit", "enable", "enroll", "execute", "generate", "get", "invite", "list", "lock"),
        *("login", "logout", "mark", "migrate", "move", "patch", "recover", "refresh", "remove", "reset"),
        *("search", "set", "sign", "submit", "switch", "test", "unassign", "unenroll", "unlock", "update"),
        "upsert",
        "verify",
    }
)
VERB_QUALIFIERS = ("pre", "bulk")
OPERATION_ID = re.compile(r"^[a-z][A-Za-z0-9]*$")
MIN_COPIED_WORDS = 8


@cache
def curated() -> spec_model.Spec:
    return spec_model.load_spec(CURATED)


@cache
def _upstream() -> spec_model.Spec:
    return spec_model.load_spec(UPSTREAM)


def upstream() -> spec_model.Spec:
    if not UPSTREAM.is_file():
        pytest.skip(
            f"../shared/reference not present: {UPSTREAM.name} is read from {REFERENCE}, "
            "which is not part of the repository"
        )
    return _upstream()


def operations() -> list[spec_model.Operation]:
    return list(spec_model.iter_operations(curated()))


def offenders_message(title: str, offenders: list[str]) -> str:
    return f"{len(offenders)} {title}:\n  " + "\n  ".join(offenders)


# Operations and names ----------------------------------------------------------------------------


def test_operation_count() -> None:
    assert len(operations()) == EXPECTED_OPERATIONS
    spec_model.index_operations(curated())  # no two operations share (METHOD, normalised path)


def test_exactly_the_upstream_operations() -> None:
    theirs = set(spec_model.index_operations(upstream()))
    ours = set(spec_model.index_operations(curated()))
    missing = sorted(spec_model.format_key(k) for k in theirs - ours)
    extra = sorted(spec_model.format_key(k) for k in ours - theirs)
    assert not missing, offenders_message("upstream operations missing", missing)
    assert not extra, offenders_message("operations not upstream", extra)
    assert len(theirs) == EXPECTED_OPERATIONS


def test_operation_ids_unique() -> None:
    counts = Counter(op.operation_id for op in operations())
    duplicates = sorted(f"{name} x{n}" for name, n in counts.items() if n > 1)
    assert not duplicates, offenders_message("duplicate operationIds", duplicates)


def test_operation_ids_are_camel_case() -> None:
    bad = sorted(f"{op.label}: {op.operation_id!r}" for op in operations() if not OPERATION_ID.match(op.operation_id))
    assert not bad, offenders_message("operationIds not camelCase", bad)


def _first_verb(operation_id: str) -> str:
    words: list[str] = re.findall(r"[a-z]+|[A-Z][a-z0-9]*", operation_id)
    if len(words) > 1 and words[0] in VERB_QUALIFIERS:
        return words[1].lower()
    return words[0] if words else ""


def test_operation_ids_start_with_a_verb() -> None:
    bad = sorted(f"{op.operation_id} ({op.label})" for op in operations() if _first_verb(op.operation_id) not in VERBS)
    assert not bad, offenders_message("operationIds that do not start with a verb", bad)


# Documentation ------------------------------------------------------------------------------------


def declared_tags() -> list[str]:
    return [tag["name"] for tag in curated().get("tags", [])]


def test_every_operation_is_tagged_summarised_described_and_secured() -> None:
    tags = set(declared_tags())
    problems = []
    for op in operations():
        op_tags = op.op.get("tags") or []
        if not op_tags:
            problems.append(f"{op.label}: no tags")
        problems.extend(f"{op.label}: undeclared tag {t!r}" for t in op_tags if t not in tags)
        for key in ("summary", "description"):
            if not str(op.op.get(key) or "").strip():
                problems.append(f"{op.label}: no {key}")
        if "security" not in op.op:
            problems.append(f"{op.label}: no security key (use [] for no token)")
    assert not problems, offenders_message("documentation problems", problems)


def test_every_tag_in_exactly_one_group() -> None:
    groups = curated().get("x-tagGroups") or []
    membership = Counter(tag for group in groups for tag in group.get("tags", []))
    tags = declared_tags()
    problems = [f"{t!r} in {membership[t]} groups" for t in tags if membership[t] != 1]
    problems += [f"{t!r} grouped but not declared" for t in membership if t not in tags]
    assert not problems, offenders_message("tag grouping problems", problems)


def test_every_parameter_has_description_and_schema() -> None:
    spec = curated()
    problems = []
    for op in operations():
        for param in spec_model.operation_parameters(spec, op):
            where = f"{op.label} {param.get('in')} {param.get('name')!r}"
            if not str(param.get("description") or "").strip():
                problems.append(f"{where}: no description")
            if "schema" not in param:
                problems.append(f"{where}: no schema")
    assert not problems, offenders_message("parameter problems", problems)


# Responses ----------------------------------------------------------------------------------------


def test_every_operation_has_success_and_client_error_responses() -> None:
    problems = []
    for op in operations():
        codes = [str(code) for code in op.op.get("responses", {})]
        if not any(code.startswith("2") for code in codes):
            problems.append(f"{op.label}: no 2xx response")
        if not any(code.startswith("4") for code in codes):
            problems.append(f"{op.label}: no 4xx response")
    assert not problems, offenders_message("operations without 2xx and 4xx", problems)


def test_every_error_response_is_an_error_response() -> None:
    spec = curated()
    problems = []
    for op in operations():
        for code, raw in op.op.get("responses", {}).items():
            if str(code)[0] not in "45":
                continue
            response = spec_model.resolve(spec, raw)
            content = response.get("content") or {}
            if not content:
                problems.append(f"{op.label} {code}: no body")
            for media_type, media in content.items():
                ref = (media.get("schema") or {}).get("$ref")
                if ref != ERROR_SCHEMA:
                    problems.append(f"{op.label} {code} {media_type}: schema {ref or 'inline'}")
    assert not problems, offenders_message("error responses not using ErrorResponse", problems)


# Prose is ours ------------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Lower case, markdown emphasis and code marks dropped, whitespace collapsed."""
    return " ".join(re.sub(r"[`*]", "", text).lower().split())


def _sentences(text: str) -> Iterator[str]:
    for raw in re.split(r"(?<=[.!?])\s+|\n+", text):
        sentence = _normalise(re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", raw)).strip(" .!?:;,")
        if len(sentence.split()) >= MIN_COPIED_WORDS:
            yield sentence


def _our_prose(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("summary", "description") and isinstance(value, str):
                yield value
            else:
                yield from _our_prose(value)
    elif isinstance(node, list):
        for value in node:
            yield from _our_prose(value)


def test_summaries_and_descriptions_differ_from_upstream() -> None:
    theirs = spec_model.index_operations(upstream())
    same = []
    for op in operations():
        other = theirs.get(op.key)
        if other is None:
            continue
        for key in ("summary", "description"):
            ours, upstream_text = str(op.op.get(key) or ""), str(other.op.get(key) or "")
            if upstream_text.strip() and _normalise(ours) == _normalise(upstream_text):
                same.append(f"{op.label} {key}: {ours[:80]!r}")
    assert not same, offenders_message("summaries/descriptions identical to upstream", same)


def test_no_upstream_sentence_copied() -> None:
    spec = upstream()
    corpus = "\n".join(_normalise(text) for text in _our_prose(curated()))
    copied: set[str] = set()
    for op in spec_model.iter_operations(spec):
        texts = [str(op.op.get("description") or "")]
        texts += [str(p.get("description") or "") for p in spec_model.operation_parameters(spec, op)]
        for text in texts:
            copied.update(f"{op.label}: {s!r}" for s in _sentences(text) if s in corpus)
    assert not copied, offenders_message(f"upstream sentences of {MIN_COPIED_WORDS}+ words copied", sorted(copied))


# Known upstream defects, fixed here ---------------------------------------------------------------


def _success_schema(method: str, path: str) -> dict[str, Any]:
    spec = curated()
    operation = spec_model.index_operations(spec)[spec_model.op_key(method, path)]
    codes = sorted(code for code in operation.op["responses"] if str(code).startswith("2"))
    assert codes, f"{method} {path}: no success response"
    response = spec_model.resolve(spec, operation.op["responses"][codes[0]])
    schema = spec_model.resolve(spec, response["content"]["application/json"]["schema"])
    assert isinstance(schema, dict)
    return schema


@pytest.mark.parametrize(
    "path",
    ["/resources/auth/v1/user/mfa/webauthn/enroll", "/resources/auth/v1/user/mfa/webauthn/{deviceId}"],
    ids=["pre-enroll", "pre-verify"],
)
def test_webauthn_challenge_responses_carry_options_and_token(path: str) -> None:
    schema = _success_schema("POST", path)
    assert {"options", "webauthnToken"} <= set(schema.get("required", []))
    assert {"options", "webauthnToken"} <= set(schema.get("properties", {}))


def test_mailgun_region_is_a_string_enum() -> None:
    spec = curated()
    mailgun = [
        (name, schema)
        for name, schema in spec["components"]["schemas"].items()
        if spec_model.resolve(spec, schema.get("properties", {}).get("provider", {})).get("enum") == ["mailgun"]
    ]
    assert mailgun, "no schema with provider enum [mailgun]"
    for name, schema in mailgun:
        region = spec_model.resolve(spec, schema["properties"]["region"])
        assert region.get("type") == "string", name
        assert region.get("enum") == ["us", "eu"], name
        assert region.get("default", "us") in region["enum"], name


# Examples -----------------------------------------------------------------------------------------

SPEC_URI = "urn:frontegg-identity-spec"


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema draft 4: `nullable: true` also allows null, refs absolute."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _to_json_schema(value) for key, value in node.items()}
    if isinstance(out.get("$ref"), str) and out["$ref"].startswith("#"):
        out["$ref"] = SPEC_URI + out["$ref"]
    if out.get("nullable") is True:
        del out["nullable"]
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@cache
def _registry() -> Registry[Any]:
    converted = _to_json_schema(copy.deepcopy(curated()))
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT4.create_resource(converted))
    return registry


def _schema_examples(schema: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """(location, example, schema) for every schema in the tree that carries an example."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    if "example" in schema:
        yield where, schema["example"], {k: v for k, v in schema.items() if k != "example"}
    for name, sub in (schema.get("properties") or {}).items():
        yield from _schema_examples(sub, f"{where}.{name}")
    for key in ("items", "additionalProperties", "not"):
        yield from _schema_examples(schema.get(key), f"{where}/{key}")
    for key in ("allOf", "oneOf", "anyOf"):
        for i, sub in enumerate(schema.get(key) or []):
            yield from _schema_examples(sub, f"{where}/{key}[{i}]")


def _holder_examples(spec: spec_model.Spec, holder: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """Examples of a parameter, header or media type object (`example`, `examples`) and its schema."""
    if not isinstance(holder, dict) or "$ref" in holder:
        return
    schema = holder.get("schema")
    if schema is not None:
        if "example" in holder:
            yield where, holder["example"], schema
        for name, raw in (holder.get("examples") or {}).items():
            example = spec_model.resolve(spec, raw)
            if isinstance(example, dict) and "value" in example:
                yield f"{where} examples.{name}", example["value"], schema
        yield from _schema_examples(schema, f"{where} schema")
    for media_type, media in (holder.get("content") or {}).items():
        yield from _holder_examples(spec, media, f"{where} {media_type}")
    for name, header in (holder.get("headers") or {}).items():
        yield from _holder_examples(spec, header, f"{where} header {name}")


def all_examples() -> Iterator[tuple[str, Any, Any]]:
    spec = curated()
    components = spec.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield from _schema_examples(schema, f"schemas.{name}")
    for section in ("parameters", "headers", "requestBodies", "responses"):
        for name, holder in components.get(section, {}).items():
            yield from _holder_examples(spec, holder, f"{section}.{name}")
    for op in operations():
        for i, raw in enumerate([*op.path_item.get("parameters", []), *op.op.get("parameters", [])]):
            yield from _holder_examples(spec, raw, f"{op.label} parameters[{i}]")
        yield from _holder_examples(spec, op.op.get("requestBody"), f"{op.label} requestBody")
        for code, response in op.op.get("responses", {}).items():
            yield from _holder_examples(spec, response, f"{op.label} {code}")


def test_examples_match_their_schemas() -> None:
    registry = _registry()
    examples = list(all_examples())
    assert examples, "no examples found: the walk is broken"
    failures: list[str] = []
    for where, example, schema in examples:
        validator = jsonschema.Draft4Validator(_to_json_schema(schema), registry=registry)
        failures.extend(f"{where}: {error.message}" for error in validator.iter_errors(example))
    assert not failures, offenders_message("examples that do not match their schema", failures)


def test_nullable_conversion() -> None:
    """The example check treats `nullable: true` as OpenAPI 3.0 does."""
    schema = _to_json_schema({"type": "string", "nullable": True, "enum": ["a"]})
    jsonschema.Draft4Validator(schema).validate(None)
    jsonschema.Draft4Validator(schema).validate("a")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate("b")
    ref = _to_json_schema({"allOf": [{"$ref": "#/components/schemas/ErrorResponse"}], "nullable": True})
    jsonschema.Draft4Validator(ref, registry=_registry()).validate(None)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(ref, registry=_registry()).validate({"errorCode": "x"})  # errors required


def test_links_name_real_operations_and_parameters() -> None:
    """Every OpenAPI link targets an existing operation and fills only parameters it declares."""
    by_id = {op.operation_id: op for op in operations()}
    bad = []
    for op in operations():
        for code, response in op.op.get("responses", {}).items():
            for name, link in (response.get("links") or {}).items():
                target = by_id.get(link.get("operationId", ""))
                if target is None:
                    bad.append(f"{op.operation_id} [{code}] {name}: unknown operation {link.get('operationId')}")
                    continue
                declared = {p["name"] for p in target.op.get("parameters", [])}
                bad += [
                    f"{op.operation_id} [{code}] {name}: {target.operation_id} has no parameter {param}"
                    for param in link.get("parameters", {})
                    if param not in declared
                ]
    assert not bad, offenders_message("broken links", bad)
