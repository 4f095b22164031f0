"""``join_companion``: identity.yaml with the operations of a companion added, the one document the
client generator reads for the Identity API and its unpublished operations (the contract suite joins on
its own; the last test holds the two equal)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from frontegg_emulator.spec import SpecFileError, join_companion

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Base"},
    "tags": [{"name": "Users", "description": "base"}],
    "paths": {
        "/users/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "get": {"operationId": "getUser", "responses": {}},
        }
    },
    "components": {"parameters": {"Id": {"name": "id", "in": "path", "required": True}}},
}


def test_the_companion_adds_paths_methods_and_tags() -> None:
    companion = {
        "security": [{"userToken": []}],
        "tags": [{"name": "Users", "description": "companion"}, {"name": "Sessions"}],
        "paths": {
            "/sessions": {
                "get": {"operationId": "listSessions", "responses": {}},
                "delete": {"operationId": "endSessions", "security": [], "responses": {}},
            },
            "/users/{id}": {
                "parameters": [
                    {"$ref": "identity.yaml#/components/parameters/Id"},
                    {"name": "x-flag", "in": "header"},
                ],
                "delete": {
                    "operationId": "deleteUser",
                    "parameters": [{"name": "x-flag", "in": "header", "required": True}],
                    "responses": {},
                },
            },
        },
    }
    joined = join_companion(companion, BASE)
    assert joined["info"] == BASE["info"]
    assert [t["name"] for t in joined["tags"]] == ["Users", "Sessions"]
    assert joined["tags"][0]["description"] == "base"
    assert joined["paths"]["/sessions"]["get"]["operationId"] == "listSessions"
    # The companion's default security goes with its operations (the base's stays the document's).
    assert joined["paths"]["/sessions"]["get"]["security"] == [{"userToken": []}]
    assert joined["paths"]["/sessions"]["delete"]["security"] == []
    assert joined["paths"]["/users/{id}"]["delete"]["security"] == [{"userToken": []}]
    assert "security" not in joined["paths"]["/users/{id}"]["get"]
    item = joined["paths"]["/users/{id}"]
    assert item["get"] == BASE["paths"]["/users/{id}"]["get"]  # the published operation is untouched
    assert item["parameters"] == BASE["paths"]["/users/{id}"]["parameters"]
    # The companion's path-level parameters move into its own operation; its own x-flag wins.
    assert item["delete"]["parameters"] == [
        {"$ref": "#/components/parameters/Id"},
        {"name": "x-flag", "in": "header", "required": True},
    ]
    assert BASE["paths"]["/users/{id}"].keys() == {"parameters", "get"}  # the base is not modified


def test_a_method_both_declare_is_refused() -> None:
    companion = {"paths": {"/users/{id}": {"get": {"operationId": "getUserAgain", "responses": {}}}}}
    with pytest.raises(SpecFileError, match=r"redefines GET /users/\{id\}"):
        join_companion(companion, BASE)


def test_the_repository_documents_join() -> None:
    root = Path(__file__).resolve().parents[2] / "openapi"
    base = yaml.safe_load((root / "identity.yaml").read_text(encoding="utf-8"))
    companion = yaml.safe_load((root / "identity-unpublished.yaml").read_text(encoding="utf-8"))
    joined = join_companion(companion, base)
    ids = [op["operationId"] for item in joined["paths"].values() for m, op in item.items() if m != "parameters"]
    companion_ids = [
        op["operationId"] for item in companion["paths"].values() for m, op in item.items() if m != "parameters"
    ]
    assert len(ids) == len(set(ids)) and set(companion_ids) <= set(ids)
    assert "identity.yaml#" not in str(joined)


def test_the_contract_suite_joins_the_real_files_as_the_emulator_does() -> None:
    """Two independent joins (the suite reads the spec on its own, DESIGN.md boundaries) of the shipped
    files give one document: a difference would test the emulator against another API than it serves."""
    from frontegg_contract import spec as contract_spec

    if not contract_spec.COMPANIONS:
        pytest.skip("FRONTEGG_CONTRACT_COMPANIONS=0 in this environment")
    openapi = Path(__file__).resolve().parents[2] / "openapi"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    published, companion = (
        yaml.load((openapi / name).read_text(), Loader=loader)  # noqa: S506 - a safe loader
        for name in ("identity.yaml", "identity-unpublished.yaml")
    )
    assert join_companion(companion, published) == contract_spec.SPEC
