"""Tests of openapi/tools/spec_coverage.py and spec_diff.py on small specs written here, and on the
upstream reference specs when ../shared/reference exists (skipped otherwise)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "openapi" / "tools"))  # the tools are scripts
import spec_coverage
import spec_diff
import spec_model

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "openapi" / "tools"
CURATED = ROOT / "openapi" / "identity.yaml"
REFERENCE = ROOT.parent / "shared" / "reference"  # beside the repository, never inside it
UPSTREAM_NEW = REFERENCE / "frontegg-identity.openapi.json"
UPSTREAM_OLD = REFERENCE / "frontegg-identity.openapi.2025-07-27.json"

# Helpers ------------------------------------------------------------------------------------------


def ok(schema: dict[str, Any] | None = None, status: str = "200") -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok"}
    if schema is not None:
        response["content"] = {"application/json": {"schema": schema}}
    return {status: response}


def op(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": ok(), **extra}


def spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    return doc


def write(tmp_path: Path, name: str, doc: dict[str, Any]) -> Path:
    path = tmp_path / name
    if path.suffix == ".json":
        path.write_text(json.dumps(doc), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def run_tool(script: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a tool the way the Makefile does: as a script, from the repository root."""
    return subprocess.run(
        [sys.executable, str(TOOLS / script), *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def kinds(result: spec_diff.SpecDiff) -> list[tuple[str, str]]:
    return [(c.kind, c.detail) for c in result.changed]


def param(name: str, where: str = "query", required: bool = False, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "schema": {"type": kind}}


def require_reference() -> None:
    if not (UPSTREAM_NEW.is_file() and UPSTREAM_OLD.is_file()):
        pytest.skip(
            f"../shared/reference not present: {REFERENCE} holds the upstream Frontegg specs, "
            "which are not part of the repository"
        )


# Path normalisation ------------------------------------------------------------------------------


def test_path_parameter_names_are_ignored() -> None:
    assert spec_model.normalise_path("/users/{id}") == spec_model.normalise_path("/users/{userId}")
    assert spec_model.normalise_path("/a/{x}/b/{y}") == "/a/{}/b/{}"
    assert spec_model.op_key("get", "/users/{id}") == ("GET", "/users/{}")
    assert spec_model.normalise_path("/users/{id}") != spec_model.normalise_path("/users/{id}/roles")
    assert spec_model.path_parameter_names("/a/{x}/b/{y}") == ["x", "y"]


def test_same_operation_twice_after_normalisation_is_an_error(tmp_path: Path) -> None:
    doc = spec({"/users/{id}": {"get": op("a")}, "/users/{userId}": {"get": op("b"), "put": op("c")}})
    with pytest.raises(spec_model.SpecError, match="same operation"):
        spec_model.index_operations(doc)
    result = run_tool("spec_coverage.py", write(tmp_path, "c.json", doc), write(tmp_path, "u.json", doc))
    assert result.returncode == 2
    assert "same operation" in result.stderr


def test_unreadable_document_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {}\n", encoding="utf-8")  # no paths
    result = run_tool("spec_diff.py", bad, bad)
    assert result.returncode == 2
    assert "no `paths`" in result.stderr


# Coverage -----------------------------------------------------------------------------------------


def test_coverage_complete_with_renamed_path_parameters(tmp_path: Path) -> None:
    upstream = spec({"/users/{id}": {"get": op("Up_get")}, "/users/{userId}": {"delete": op("Up_del")}})
    curated = spec({"/users/{userId}": {"get": op("getUser"), "delete": op("deleteUser")}})
    out = tmp_path / "coverage.json"
    result = run_tool(
        "spec_coverage.py",
        write(tmp_path, "c.yaml", curated),
        write(tmp_path, "u.json", upstream),
        "--json",
        out,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("2/2 ")
    assert json.loads(out.read_text()) == {"covered": 2, "total": 2, "missing": [], "extra": []}


def test_coverage_lists_missing_and_extra(tmp_path: Path) -> None:
    upstream = spec({"/a": {"get": op("Up_getA"), "post": op("Up_postA")}, "/b/{id}": {"put": op("Up_putB")}})
    curated = spec({"/a": {"get": op("getA")}, "/c": {"get": op("getC")}})
    out = tmp_path / "coverage.json"
    result = run_tool(
        "spec_coverage.py",
        write(tmp_path, "c.yaml", curated),
        write(tmp_path, "u.json", upstream),
        "--json",
        out,
    )
    assert result.returncode == 1
    assert result.stdout.startswith("1/3 ")
    missing_line = next(line for line in result.stdout.splitlines() if "Up_putB" in line)
    assert missing_line.split() == ["PUT", "/b/{id}", "Up_putB"]
    assert "Up_postA" in result.stdout
    assert "getC" in result.stdout
    report = json.loads(out.read_text())
    assert (report["covered"], report["total"]) == (1, 3)
    assert {(m["method"], m["path"], m["operationId"]) for m in report["missing"]} == {
        ("POST", "/a", "Up_postA"),
        ("PUT", "/b/{id}", "Up_putB"),
    }
    assert report["extra"] == [{"method": "GET", "path": "/c", "operationId": "getC"}]


# Diff ---------------------------------------------------------------------------------------------


def test_diff_added_and_removed_operations(tmp_path: Path) -> None:
    old = spec({"/a": {"get": op("getA"), "delete": op("deleteA")}})
    new = spec({"/a": {"get": op("getA")}, "/b/{id}": {"post": op("postB")}})
    out = tmp_path / "diff.json"
    result = run_tool("spec_diff.py", write(tmp_path, "old.json", old), write(tmp_path, "new.yaml", new), "--json", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 added, 1 removed, 0 changed operations" in result.stdout
    report = json.loads(out.read_text())
    assert set(report) == {"added", "removed", "changed"}
    assert [a["operation"] for a in report["added"]] == ["POST /b/{id}"]
    assert report["added"][0]["operationId"] == "postB"
    assert [r["operation"] for r in report["removed"]] == ["DELETE /a"]
    assert report["changed"] == []


def test_diff_parameters_added_removed_changed() -> None:
    old = spec(
        {
            "/items/{id}": {
                "get": op(
                    "getItem",
                    parameters=[
                        param("id", "path", True),
                        param("limit", kind="integer"),
                        param("gone"),
                        param("X-Tenant", "header"),
                    ],
                )
            }
        }
    )
    new = spec(
        {
            "/items/{itemId}": {
                "get": op(
                    "getItem",
                    parameters=[
                        param("itemId", "path", True),
                        param("limit", required=True, kind="string"),
                        param("fresh", "query"),
                        param("x-tenant", "header"),  # header names are case-insensitive
                    ],
                )
            }
        }
    )
    result = spec_diff.diff_specs(old, new)
    assert (result.added, result.removed) == ([], [])
    assert {c.operation for c in result.changed} == {"GET /items/{itemId}"}
    assert kinds(result) == [
        ("parameter_added", "query `fresh` (string, optional)"),
        ("parameter_removed", "query `gone`"),
        ("parameter_renamed", "path `id` -> `itemId`"),
        ("parameter_changed", "query `limit`: type integer -> string; required false -> true"),
    ]


def test_diff_request_body_fields_through_ref_and_allof() -> None:
    schemas_old = {
        "Base": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
        "Body": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "age": {"type": "integer"},
                        "address": {"type": "object", "properties": {"city": {"type": "string"}}},
                    },
                },
            ]
        },
    }
    schemas_new = json.loads(json.dumps(schemas_old))
    extra = schemas_new["Body"]["allOf"][1]["properties"]
    del extra["name"]
    extra["age"] = {"type": "string", "nullable": True}
    extra["email"] = {"type": "string"}
    extra["address"]["properties"]["zip"] = {"type": "string"}
    schemas_new["Base"]["required"] = []

    def build(schemas: dict[str, Any]) -> dict[str, Any]:
        body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}}
        return spec({"/people": {"post": op("createPerson", requestBody=body)}}, schemas)

    result = spec_diff.diff_specs(build(schemas_old), build(schemas_new))
    assert kinds(result) == [
        ("request_field_added", "`address.zip` (string, optional)"),
        ("request_field_added", "`email` (string, optional)"),
        ("request_field_removed", "`name`"),
        ("request_field_type_changed", "`age`: integer -> string|null"),
        ("request_field_required_changed", "`id`: now optional"),
    ]


def test_diff_response_field_and_status_codes() -> None:
    item = {"type": "object", "properties": {"id": {"type": "string"}, "count": {"type": "integer"}}}
    listing_old = {"type": "object", "properties": {"items": {"type": "array", "items": item}}}
    item_new = {"type": "object", "properties": {"id": {"type": "integer"}, "count": {"type": "integer"}}}
    listing_new = {"type": "object", "properties": {"items": {"type": "array", "items": item_new}}}
    old = spec(
        {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {**ok(listing_old), "404": {"description": "x"}},
                },
                "post": {"operationId": "createThing", "responses": ok(None, "201")},
            }
        }
    )
    new = spec(
        {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {**ok(listing_new), "400": {"description": "x"}},
                },
                "post": {"operationId": "createThing", "responses": ok(item, "201")},
            }
        }
    )
    result = spec_diff.diff_specs(old, new)
    assert [(c.operation, c.kind, c.detail) for c in result.changed] == [
        ("GET /things", "response_status_added", "400"),
        ("GET /things", "response_status_removed", "404"),
        ("GET /things", "response_field_type_changed", "200 `items[].id`: string -> integer"),
        ("POST /things", "response_body_added", "201: object"),
    ]


def test_diff_top_level_array_response() -> None:
    def build(field_type: str) -> dict[str, Any]:
        row = {"type": "object", "properties": {"key": {"type": field_type}}}
        return spec({"/rows": {"get": {"operationId": "listRows", "responses": ok({"type": "array", "items": row})}}})

    result = spec_diff.diff_specs(build("string"), build("boolean"))
    assert kinds(result) == [("response_field_type_changed", "200 `[].key`: string -> boolean")]


def test_diff_identical_specs_report_nothing(tmp_path: Path) -> None:
    doc = spec({"/a/{id}": {"get": op("getA", parameters=[param("id", "path", True)])}})
    result = run_tool("spec_diff.py", write(tmp_path, "old.json", doc), write(tmp_path, "new.json", doc))
    assert result.returncode == 0
    assert "0 added, 0 removed, 0 changed operations (0 changes)" in result.stdout


def test_removed_operation_that_curated_spec_has_exits_1(tmp_path: Path) -> None:
    old = spec({"/users/{id}": {"get": op("Up_getUser"), "delete": op("Up_deleteUser")}, "/x": {"get": op("Up_x")}})
    new = spec({"/users/{id}": {"get": op("Up_getUser")}})
    curated = spec({"/users/{userId}": {"get": op("getUser"), "delete": op("deleteUser")}})
    old_path, new_path = write(tmp_path, "old.json", old), write(tmp_path, "new.json", new)
    curated_path = write(tmp_path, "curated.yaml", curated)
    out = tmp_path / "diff.json"

    result = run_tool("spec_diff.py", old_path, new_path, "--curated", curated_path, "--json", out)
    assert result.returncode == 1
    assert "STILL IN THE CURATED SPEC (1)" in result.stdout
    flagged = result.stdout.split("STILL IN THE CURATED SPEC")[1]
    assert "deleteUser" in flagged
    assert "/x" not in flagged  # removed upstream, but not ours
    removed = {r["operation"]: r["inCurated"] for r in json.loads(out.read_text())["removed"]}
    assert removed == {"DELETE /users/{id}": True, "GET /x": False}

    # Without --curated, or when the curated spec lacks the removed operations, removal is not fatal.
    assert run_tool("spec_diff.py", old_path, new_path).returncode == 0
    only_get = write(tmp_path, "only_get.yaml", spec({"/users/{userId}": {"get": op("getUser")}}))
    assert run_tool("spec_diff.py", old_path, new_path, "--curated", only_get).returncode == 0


def test_tools_import_as_modules() -> None:
    """The tools are scripts, but the tests (and anyone else) can import and call them."""
    assert spec_coverage.main is not None and spec_diff.main is not None
    doc = spec({"/a": {"get": op("getA")}})
    assert spec_coverage.compare(doc, doc).complete


# Upstream reference specs ----------------------------------------------------------------------


def test_curated_spec_covers_latest_reference() -> None:
    require_reference()
    result = run_tool("spec_coverage.py", CURATED, UPSTREAM_NEW)
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("307/307 ")


def test_reference_diff_reports_35_added(tmp_path: Path) -> None:
    require_reference()
    out = tmp_path / "diff.json"
    result = run_tool("spec_diff.py", UPSTREAM_OLD, UPSTREAM_NEW, "--curated", CURATED, "--json", out)
    assert result.returncode == 0, result.stdout
    report = json.loads(out.read_text())
    assert len(report["added"]) == 35
    assert report["removed"] == []
    assert "35 added, 0 removed" in result.stdout
    # A few changes known from reading the two versions.
    changed = {(c["operation"], c["kind"], c["detail"]) for c in report["changed"]}
    assert (
        "GET /resources/users/v3",
        "parameter_added",
        "query `_externalIds` (string, optional)",
    ) in changed
    assert (
        "POST /resources/configurations/v1",
        "request_field_added",
        "`allowCustomLoginTenantSwitch` (boolean, optional)",
    ) in changed


def test_reverse_reference_diff_flags_curated_operations() -> None:
    require_reference()
    result = run_tool("spec_diff.py", UPSTREAM_NEW, UPSTREAM_OLD, "--curated", CURATED)
    assert result.returncode == 1
    assert "0 added, 35 removed" in result.stdout
    assert "STILL IN THE CURATED SPEC (35)" in result.stdout
