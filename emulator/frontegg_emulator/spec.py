"""The curated OpenAPI document as the emulator's routing table and request validator.

Routes are never listed by hand: every operation of ``openapi/identity.yaml`` becomes a route keyed by
its operationId, so the emulator cannot drift from the spec. Request bodies and parameters are
validated with jsonschema against the same schemas the client is generated from.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml
from jsonschema import Draft4Validator, FormatChecker, ValidationError

from .errors import BadRequest

# jsonschema's own "email" check only looks for an "@"; RFC 5321 addresses are checked with
# jsonschema-rs (the validator schemathesis uses), so "a@" or "a b@c.d" are refused as Frontegg does.
if "date-time" not in FormatChecker.checkers:
    # jsonschema registers its date-time check only when rfc3339-validator imports (the emulator extra
    # declares it); say which package is missing instead of a KeyError from FormatChecker.
    raise ModuleNotFoundError(
        "frontegg_emulator needs rfc3339-validator: pip install 'frontegg-identity[emulator]'",
        name="rfc3339_validator",
    )
FORMATS = FormatChecker(("date-time",))
_EMAIL = jsonschema_rs.validator_for({"type": "string", "format": "email"}, validate_formats=True)


@FORMATS.checks("email")
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or _EMAIL.is_valid(value)


_METHODS = ("get", "post", "put", "patch", "delete")
_PARAM = re.compile(r"\{([^}]+)\}")


class SpecFileError(Exception):
    """A spec file that was asked for cannot be read or parsed (one line, no secrets)."""


def default_spec_path() -> Path:
    """The spec the emulator serves: $FRONTEGG_EMULATOR_SPEC when set, else the copy inside this package.

    The packaged spec (``frontegg_emulator/openapi/identity.yaml``, a link to ``openapi/identity.yaml``
    in a checkout) is found through importlib.resources, so a wheel install needs no source tree.
    """
    override = os.environ.get("FRONTEGG_EMULATOR_SPEC")
    if override:
        return Path(override)
    # files() of a regular package on disk is a pathlib.Path; the emulator is never imported from a zip.
    return Path(str(resources.files("frontegg_emulator").joinpath("openapi/identity.yaml")))


def tenants_spec_path() -> Path:
    """The Tenants API companion: $FRONTEGG_EMULATOR_TENANTS_SPEC, else the packaged
    ``frontegg_emulator/openapi/tenants.yaml`` (a link to ``openapi/tenants.yaml`` in a checkout)."""
    override = os.environ.get("FRONTEGG_EMULATOR_TENANTS_SPEC")
    if override:
        return Path(override)
    return Path(str(resources.files("frontegg_emulator").joinpath("openapi/tenants.yaml")))


def unpublished_spec_path() -> Path:
    """The identity operations Frontegg serves but leaves out of its published spec, packaged as
    ``frontegg_emulator/openapi/identity-unpublished.yaml`` (a link to ``openapi/`` in a checkout). Its
    shared shapes are ``$ref``s into the ``identity.yaml`` beside it (see ``merge_companion``)."""
    override = os.environ.get("FRONTEGG_EMULATOR_UNPUBLISHED_SPEC")
    if override:
        return Path(override)
    return Path(str(resources.files("frontegg_emulator").joinpath("openapi/identity-unpublished.yaml")))


COMPANION_REF = "identity.yaml#/"


def merge_companion(companion: Mapping[str, Any], base: Mapping[str, Any]) -> dict[str, Any]:
    """One self-contained document from a companion whose ``$ref``s name ``identity.yaml#/...`` and the
    document those refs point into: the companion's paths, the base's components beneath the
    companion's own, every such ref made local. The emulator, the client generator and the contract
    suite each need one document; this is the only place the two are joined. A component the companion
    declares under a name the base already uses would silently change the base's meaning: refused."""

    def local(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(COMPANION_REF):
                node = {**node, "$ref": "#/" + ref[len(COMPANION_REF) :]}
            return {k: local(v) for k, v in node.items()}
        if isinstance(node, list):
            return [local(v) for v in node]
        return node

    merged: dict[str, Any] = local(dict(companion))
    components: dict[str, dict[str, Any]] = {k: dict(v) for k, v in base.get("components", {}).items()}
    for kind, entries in merged.get("components", {}).items():
        shared = components.setdefault(kind, {})
        clashes = sorted(name for name in entries if name in shared and shared[name] != entries[name])
        if clashes:
            raise SpecFileError(f"the companion redefines {kind} of identity.yaml: {', '.join(clashes)}")
        shared.update(entries)
    merged["components"] = components
    return merged


def join_companion(companion: Mapping[str, Any], base: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with the companion's operations added: one description of one API, for the tools that
    treat ``identity.yaml`` and ``identity-unpublished.yaml`` as a single Identity API under one base
    URL (the client generator; the contract suite joins them on its own, frontegg_contract.spec._joined,
    and a test holds the two joins equal). The emulator routes the two apart and needs only
    ``merge_companion``, whose rules hold here too.

    The companion's tags follow the base's (a tag both declare keeps the base's entry). A path both
    declare gets the companion's methods beside the base's; the companion's path-level parameters are
    moved into each of its operations so that they never apply to the base's, and so is its top-level
    ``security`` (an operation's own wins). A method both declare on one path would replace a published
    operation: refused."""
    merged = merge_companion(companion, base)
    parameters = merged["components"].get("parameters", {})

    def key(parameter: Mapping[str, Any]) -> tuple[Any, Any]:
        ref = parameter.get("$ref", "")
        if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
            parameter = parameters.get(ref.rsplit("/", 1)[1], parameter)
        return parameter.get("name"), parameter.get("in")

    paths: dict[str, dict[str, Any]] = {path: dict(item) for path, item in base.get("paths", {}).items()}
    default_security = companion.get("security")
    for path, item in merged.get("paths", {}).items():
        if default_security is not None:
            # The companion's default security is its operations', not the base's: written into each.
            item = {
                method: {"security": default_security, **op} if method in _METHODS else op
                for method, op in item.items()
            }
        if path not in paths:
            paths[path] = dict(item)
            continue
        joined = paths[path]
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            if method in joined:
                raise SpecFileError(f"the companion redefines {method.upper()} {path} of identity.yaml")
            own = {key(p) for p in operation.get("parameters", [])}
            # An operation's own parameter replaces a path-level one of the same name and location.
            inherited = [p for p in shared if key(p) not in own]
            joined[method] = {**operation, "parameters": [*inherited, *operation.get("parameters", [])]}
    named = {tag["name"] for tag in base.get("tags", [])}
    tags = [*base.get("tags", []), *(tag for tag in merged.get("tags", []) if tag["name"] not in named)]
    return {**base, "tags": tags, "paths": paths, "components": merged["components"]}


def environment_auth_spec_path() -> Path:
    """The environment-authentication companion (``POST /auth/vendor``), packaged as
    ``frontegg_emulator/openapi/environment-auth.yaml``: the strict self-check holds that answer to it."""
    return Path(str(resources.files("frontegg_emulator").joinpath("openapi/environment-auth.yaml")))


def _nullable_to_type_list(node: Any) -> Any:
    """OpenAPI 3.0 ``nullable: true`` means JSON Schema ``type: [T, "null"]``."""
    if isinstance(node, dict):
        out = {k: _nullable_to_type_list(v) for k, v in node.items() if k != "nullable"}
        if node.get("nullable") is True:
            if "type" in out:
                out["type"] = [out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        return out
    if isinstance(node, list):
        return [_nullable_to_type_list(v) for v in node]
    return node


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query or header
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str  # template, e.g. /resources/users/v1/{userId}
    tag: str
    security: tuple[str, ...]  # accepted schemes; empty = no token needed
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    success_status: int
    regex: re.Pattern[str] = field(repr=False, default=re.compile(""))
    specificity: tuple[int, ...] = ()
    # An empty requirement ({}) beside the schemes: the token is optional (public reads the login box
    # makes before sign-in).
    anonymous: bool = False
    # Status code -> the response object it documents ($ref to components/responses resolved): what
    # the strict self-check (selfcheck.py) holds each answer to.
    responses: Mapping[str, Any] = field(repr=False, default_factory=dict)

    def match(self, path: str) -> dict[str, str] | None:
        m = self.regex.fullmatch(path)
        return m.groupdict() if m else None


def _template_pattern(path: str, prefix: str = "") -> str:
    """The regular expression of a path template: each {name} a named group (``prefix`` + name)."""
    return "".join(
        f"(?P<{prefix}{seg[1:-1]}>[^/]+)" if _PARAM.fullmatch(seg) else re.escape(seg)
        for seg in re.split(r"(\{[^}]+\})", path)
        if seg
    )


class _ShapePattern:
    """The templates of one method and number of slashes, most specific first, as one regex."""

    def __init__(self, operations: list[Operation]) -> None:
        self.operations = operations
        # Group _<i> wraps template i, and its parameters are _<i>_<name>: the wrapper closes last, so
        # ``lastindex`` names the template that matched.
        self.regex = re.compile(
            "|".join(f"(?P<_{i}>{_template_pattern(op.path, f'_{i}_')})" for i, op in enumerate(operations))
        )
        self._template_of: dict[int, tuple[Operation, tuple[tuple[str, str], ...]]] = {}
        for i, op in enumerate(operations):
            names = tuple((name, f"_{i}_{name}") for name in op.regex.groupindex)
            self._template_of[self.regex.groupindex[f"_{i}"]] = (op, names)

    def resolve(self, path: str) -> tuple[Operation, dict[str, str]] | None:
        found = self.regex.fullmatch(path)
        if found is None or found.lastindex is None:
            return None
        op, names = self._template_of[found.lastindex]
        return op, {name: found.group(group) for name, group in names}


class Spec:
    """Loaded spec: operations, lookup by (method, path) and validation."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._components = _nullable_to_type_list(document.get("components", {}))
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                self.operations[op["operationId"]] = self._operation(method, path, op, item.get("parameters", []))
        # Literal segments win over parameters (/configs/templates/{id} before /configs/{type}/default).
        # By method and number of slashes, which a template shares with every path it matches (a
        # parameter never spans a slash): matching every template of a method was 5% of a GET.
        by_shape: dict[tuple[str, int], list[Operation]] = {}
        for op in sorted(self.operations.values(), key=lambda o: o.specificity, reverse=True):
            by_shape.setdefault((op.method, op.path.count("/")), []).append(op)
        # Each shape's templates as one alternation, in the same order: the engine tries them in C and
        # answers with the first that matches, as the loop over them did (37 templates for a GET of
        # four segments, 5% of a GET user by id; make bench, py-spy).
        self._shape_patterns = {shape: _ShapePattern(ops) for shape, ops in by_shape.items()}
        self._validators: dict[int, Draft4Validator] = {}
        self._strict_validators: dict[int, Draft4Validator] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> Spec:
        # libyaml's safe loader when PyYAML was built with it: the same documents, parsed about seven
        # times faster (the pure-Python parser took seconds per start, which every test server paid).
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        path = path or default_spec_path()
        try:
            with open(path, encoding="utf-8") as fh:
                document = yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader, only its C build
        except OSError as err:
            raise SpecFileError(f"cannot read the spec file {path}: {err.strerror or err}") from None
        except yaml.YAMLError as err:
            raise SpecFileError(f"the spec file {path} is not valid YAML: {str(err).splitlines()[0]}") from None
        if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
            raise SpecFileError(f"the spec file {path} is not an OpenAPI document (no paths)")
        return cls(document)

    @classmethod
    def load_companion(cls, path: Path, base: Spec) -> Spec:
        """A companion of ``identity.yaml`` (``identity-unpublished.yaml``) joined with ``base``, the
        loaded identity document its refs point into (``merge_companion``)."""
        companion = cls.load(path)
        return cls(merge_companion(companion.document, base.document))

    def _operation(self, method: str, path: str, op: Mapping[str, Any], shared: list[Any]) -> Operation:
        security = op.get("security", self.document.get("security", []))
        # Parameters of the path item apply to each of its operations unless one redeclares them.
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for p in [*shared, *op.get("parameters", [])]:
            p = self._component(p, "parameters")
            merged[(p["name"], p["in"])] = p
        params = tuple(
            Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})) for p in merged.values()
        )
        body = op.get("requestBody")
        body_schema = None
        if body:
            body_schema = body.get("content", {}).get("application/json", {}).get("schema")
        ok = sorted(code for code in op["responses"] if code.startswith("2"))
        # Several 2xx: answer the one that documents a body (handlers return one when they have it).
        success = int(next((c for c in ok if "content" in op["responses"][c]), ok[0]))
        pattern = _template_pattern(path)
        segments = path.strip("/").split("/")
        specificity = (len(segments), *(0 if _PARAM.fullmatch(s) else 1 for s in segments))
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            tag=op.get("tags", [""])[0],
            security=tuple(name for req in security for name in req),
            anonymous=bool(security) and any(not req for req in security),
            parameters=params,
            body_schema=body_schema,
            body_required=bool(body and body.get("required")),
            success_status=success,
            regex=re.compile(pattern),
            specificity=specificity,
            responses={code: self._component(r, "responses") for code, r in op["responses"].items()},
        )

    def _component(self, node: Mapping[str, Any], kind: str) -> dict[str, Any]:
        """``node``, or the component of ``kind`` (``parameters``, ``responses``) its $ref names."""
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(f"#/components/{kind}/"):
            return dict(self.document["components"][kind][ref.rsplit("/", 1)[1]])
        return dict(node)

    def resolve(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        shape = self._shape_patterns.get((method.upper(), path.count("/")))
        return None if shape is None else shape.resolve(path)

    def allowed_methods(self, path: str) -> list[str]:
        """The methods some operation answers on this path (empty: no such path): what ``resolve``
        would route, since it takes, per method, the most specific operation whose template matches."""
        return sorted({op.method.upper() for op in self.operations.values() if op.match(path) is not None})

    @cached_property
    def schemas(self) -> dict[str, Any]:
        return dict(self.document.get("components", {}).get("schemas", {}))

    # ---- validation ----
    def _validator(self, schema: dict[str, Any]) -> Draft4Validator:
        key = id(schema)
        validator = self._validators.get(key)
        if validator is None:
            wrapped = {"allOf": [_nullable_to_type_list(schema)], "components": self._components}
            validator = Draft4Validator(wrapped, format_checker=FORMATS)
            self._validators[key] = validator
        return validator

    def validate(self, schema: dict[str, Any], value: Any, where: str) -> None:
        if isinstance(value, str) and _plain_string(schema):
            return  # nothing to check beyond the type (a tenant id header): jsonschema took 5% of a GET
        errors = sorted(self._validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
        if errors:
            messages = []
            for err in errors[:5]:
                loc = ".".join(str(p) for p in err.absolute_path)
                messages.append(f"{where}{'.' + loc if loc else ''}: {_short(_describe(err))}")
            raise BadRequest(messages)

    # ---- the strict self-check of answers (selfcheck.py) ----
    @cached_property
    def _closed_components(self) -> dict[str, Any]:
        components = self.document.get("components", {})
        closed = {name: _closed(schema) for name, schema in components.get("schemas", {}).items()}
        return dict(_nullable_to_type_list({**components, "schemas": closed}))

    def check_response(self, op: Operation, status: int, body: bytes, media_type: str | None) -> list[str]:
        """What is wrong with this answer to ``op`` by the spec, strictly (empty: nothing).

        Strict means: the status must be documented; a body only where the response declares content,
        and a declared JSON body must be sent; object schemas are closed unless they declare
        ``additionalProperties`` (a property the schema does not name is a finding, as a missing
        required property or a wrong type is). Messages name the JSON path and the rule, never a value.
        """
        response = op.responses.get(str(status))
        if response is None:
            documented = ", ".join(sorted(op.responses))
            return [f"status {status} is not documented (documented: {documented})"]
        content = response.get("content") or {}
        schema = content.get("application/json", {}).get("schema")
        if not body:
            return ["the response declares a JSON body but none was sent"] if schema is not None else []
        if not content:
            return ["a body was sent but the response declares none"]
        if schema is None:
            return []  # another media type, described as such: nothing to hold it to
        if media_type is None or media_type.split(";")[0].strip() != "application/json":
            return [f"a JSON body is declared but the answer is {media_type or 'untyped'}"]
        try:
            value = json.loads(body)
        except ValueError:
            return ["the body is not valid JSON"]
        validator = self._strict_validators.get(id(schema))
        if validator is None:
            wrapped = {"allOf": [_nullable_to_type_list(_closed(schema))], "components": self._closed_components}
            validator = Draft4Validator(wrapped, format_checker=FORMATS)
            self._strict_validators[id(schema)] = validator
        found = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        return [f"{_json_path(err.absolute_path)}: {_short(_describe(err))}" for err in found]

    def coerce_parameter(self, param: Parameter, raw: str | list[str]) -> Any:
        """Turn the text of a query, path or header parameter into the type its schema names."""
        schema = param.schema
        kind = schema.get("type")
        where = f"{param.location} parameter {param.name}"
        try:
            if kind == "array":
                values = raw if isinstance(raw, list) else [raw]
                items = [v for value in values for v in value.split(",") if v != ""]
                item_param = Parameter(param.name, param.location, param.required, schema.get("items", {}))
                result: Any = [self.coerce_parameter(item_param, v) for v in items]
            else:
                text = raw[-1] if isinstance(raw, list) else raw
                if kind == "integer":
                    result = int(text)
                elif kind == "number":
                    number = float(text)
                    result = int(number) if number.is_integer() else number
                elif kind == "boolean":
                    if text not in ("true", "false"):
                        raise ValueError(text)
                    result = text == "true"
                else:
                    result = text
        except ValueError:
            raise BadRequest([f"{where}: expected {kind}"]) from None
        self.validate(schema, result, where)
        return result


_ANNOTATIONS = frozenset({"type", "description", "title", "example", "examples"})


def _plain_string(schema: dict[str, Any]) -> bool:
    """A schema that asks only that a value be a string (no format, pattern, length, enum, nullable)."""
    return schema.get("type") == "string" and schema.keys() <= _ANNOTATIONS


# jsonschema's messages quote the offending value ("['hunter2'] is not of type 'string'"): a password or
# token sent with the wrong type or shape would come back in the error body, and from there into the
# caller's logs. Messages name the rule that failed, never the value; these two quote only names.
_VALUE_FREE_MESSAGES = frozenset({"required", "additionalProperties"})


def _describe(err: ValidationError) -> str:
    rule, expected = err.validator, err.validator_value
    if rule in _VALUE_FREE_MESSAGES:
        return str(err.message)
    if rule == "type":
        return f"expected type {' or '.join(expected) if isinstance(expected, list) else expected}"
    if rule == "enum":
        return f"expected one of {expected}"
    if rule == "format":
        return f"expected a valid {expected}"
    if rule in ("anyOf", "oneOf") and err.context:
        # Say what each alternative lacks ("email is required, or identifier and identifierType"):
        # a bare "does not match anyOf" leaves the caller guessing.
        by_branch: dict[int, list[str]] = {}
        for sub in err.context:
            where = ".".join(str(p) for p in sub.relative_path)
            by_branch.setdefault(int(sub.relative_schema_path[0]), []).append(
                f"{where}: {_describe(sub)}" if where else _describe(sub)
            )
        choices = " | ".join(f"({n + 1}) " + ", ".join(by_branch[n]) for n in sorted(by_branch))
        return f"matches none of the {len(by_branch)} accepted forms: {choices}"
    if rule in ("allOf", "anyOf", "oneOf", "not"):
        return f"does not match the schema ({rule})"
    return f"violates {rule}: {expected}"


def _closed(schema: Any) -> Any:
    """The schema with every object schema that does not declare ``additionalProperties`` closed to
    the properties it names. Direct members of an ``allOf`` stay open (each names only part of the
    object), though a component they $ref is closed like any other."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    if isinstance(out.get("properties"), dict):
        out["properties"] = {name: _closed(sub) for name, sub in out["properties"].items()}
    for key in ("items", "not"):
        if key in out:
            out[key] = _closed(out[key])
    if isinstance(out.get("additionalProperties"), dict):
        out["additionalProperties"] = _closed(out["additionalProperties"])
    for key in ("anyOf", "oneOf"):
        if isinstance(out.get(key), list):
            out[key] = [_closed(sub) for sub in out[key]]
    if isinstance(out.get("allOf"), list):
        out["allOf"] = [_open_member(sub) for sub in out["allOf"]]
    is_object = out.get("type") == "object" or "properties" in out
    if is_object and "$ref" not in out and "additionalProperties" not in out and "allOf" not in out:
        out["additionalProperties"] = False
    return out


def _open_member(schema: Any) -> Any:
    """An allOf member: its own properties closed, itself left open."""
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        return schema
    return {**schema, "properties": {name: _closed(sub) for name, sub in schema["properties"].items()}}


def _json_path(path: Any) -> str:
    text = "$"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _short(message: str) -> str:
    return message if len(message) <= 200 else message[:197] + "..."
