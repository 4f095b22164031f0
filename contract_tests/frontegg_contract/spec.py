"""The curated spec the suite checks servers against: the Identity API and its companions.

The suite ships its own copy of the specs and of schemathesis.toml (links to openapi/ and the root
schemathesis.toml in a checkout), found with importlib.resources, so an installed
``frontegg-contract`` needs no source tree. FRONTEGG_CONTRACT_SPEC points it at another identity spec.

Two APIs are checked, each under its own base URL beneath the gateway:

- ``/identity``: ``identity.yaml`` joined with ``identity-unpublished.yaml`` (the identity operations
  Frontegg serves but does not publish, same base URL; joined here by ``_joined``);
- ``/tenants``: ``tenants.yaml``, the Tenants API.

The companions (the unpublished operations and the Tenants API) are included by default; with
FRONTEGG_CONTRACT_COMPANIONS=0 (``frontegg-contract --no-companions``) only the published Identity API
is checked, e.g. against a live environment whose owner wants only what Frontegg documents tested.
Whatever operations the companion files hold are picked up: nothing here lists them.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

# files() of a package on disk is a pathlib.Path; the suite is never imported from a zip.
PACKAGE_DIR = Path(str(resources.files("frontegg_contract")))
SPEC_PATH = Path(os.environ.get("FRONTEGG_CONTRACT_SPEC") or PACKAGE_DIR / "openapi" / "identity.yaml")
UNPUBLISHED_PATH = PACKAGE_DIR / "openapi" / "identity-unpublished.yaml"
TENANTS_PATH = PACKAGE_DIR / "openapi" / "tenants.yaml"
CONFIG_PATH = PACKAGE_DIR / "schemathesis.toml"
COMPANIONS: bool = os.environ.get("FRONTEGG_CONTRACT_COMPANIONS", "1") != "0"

IDENTITY = "/identity"
TENANTS = "/tenants"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _load(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        document: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    return document


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method.upper(), path, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in _METHODS
    }


def _joined(companion: dict[str, Any], published: dict[str, Any]) -> dict[str, Any]:
    """One Identity API document: ``published`` with the companion's operations added under the same
    base URL. The companion's ``identity.yaml#/...`` refs point into ``published`` and become local.

    Written here rather than borrowed from the emulator (which joins the two for routing): the suite
    judges the emulator, so it reads the spec files on its own (DESIGN.md, boundaries). What the join
    must not do is refused: a companion component that differs from the published one of its name, or
    a method the published document already declares on a path."""

    def local(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (
                    ("#/" + v.removeprefix(_COMPANION_REF))
                    if k == "$ref" and isinstance(v, str) and v.startswith(_COMPANION_REF)
                    else local(v)
                )
                for k, v in node.items()
            }
        return [local(v) for v in node] if isinstance(node, list) else node

    own = local(companion)
    components = {kind: dict(entries) for kind, entries in published.get("components", {}).items()}
    for kind, entries in own.get("components", {}).items():
        for name, value in entries.items():
            if components.setdefault(kind, {}).setdefault(name, value) != value:
                raise RuntimeError(f"{UNPUBLISHED_PATH.name} redefines {kind}/{name} of identity.yaml")
    paths = {path: dict(item) for path, item in published["paths"].items()}
    default = own.get("security", published.get("security", []))
    for path, item in own["paths"].items():
        # The companion's default security is its operations', never a published operation's.
        item = {m: {"security": default, **op} if m in _METHODS else op for m, op in item.items()}
        if path not in paths:
            paths[path] = item
            continue
        # A path both declare: the companion's path-level parameters move into its own operations.
        shared, joined = item.get("parameters", []), paths[path]
        for method, op in item.items():
            if method not in _METHODS:
                continue
            if method in joined:
                raise RuntimeError(f"{UNPUBLISHED_PATH.name} redeclares {method.upper()} {path} of identity.yaml")
            names = {(p.get("name"), p.get("in")) for p in op.get("parameters", [])}
            inherited = [p for p in shared if (p.get("name"), p.get("in")) not in names]
            joined[method] = {**op, "parameters": [*inherited, *op.get("parameters", [])]}
    named = {tag["name"] for tag in published.get("tags", [])}
    tags = [*published.get("tags", []), *(t for t in own.get("tags", []) if t["name"] not in named)]
    return {**published, "tags": tags, "paths": paths, "components": components}


_COMPANION_REF = "identity.yaml#/"
PUBLISHED: dict[str, Any] = _load(SPEC_PATH)
SPEC: dict[str, Any] = _joined(_load(UNPUBLISHED_PATH), PUBLISHED) if COMPANIONS else PUBLISHED

# Base path under the gateway -> the document served there.
DOCUMENTS: dict[str, dict[str, Any]] = {IDENTITY: SPEC, **({TENANTS: _load(TENANTS_PATH)} if COMPANIONS else {})}

OPERATIONS: dict[str, tuple[str, str, dict[str, Any]]] = {}
PREFIX: dict[str, str] = {}
"""operationId -> the base path (``/identity``, ``/tenants``) its path is relative to."""
for _prefix, _document in DOCUMENTS.items():
    for _op_id, _operation in _operations(_document).items():
        if _op_id in OPERATIONS:
            raise RuntimeError(f"operationId {_op_id} is declared by two APIs ({PREFIX[_op_id]} and {_prefix})")
        OPERATIONS[_op_id] = _operation
        PREFIX[_op_id] = _prefix

_PUBLISHED_IDS = frozenset(_operations(PUBLISHED))
SOURCE: dict[str, str] = {
    op: "identity.yaml" if op in _PUBLISHED_IDS else "tenants.yaml" if PREFIX[op] == TENANTS else UNPUBLISHED_PATH.name
    for op in OPERATIONS
}
"""operationId -> the spec file that declares it, by which the report counts the companions apart."""


def security(operation_id: str) -> list[dict[str, Any]]:
    """The operation's security requirements, its document's default when it declares none (every
    identity.yaml operation declares its own; tenants.yaml states one for all at the top)."""
    raw = OPERATIONS[operation_id][2]
    requirements: list[dict[str, Any]] = raw.get("security", DOCUMENTS[PREFIX[operation_id]].get("security", []))
    return requirements


# FRONTEGG_CONTRACT_TAGS (comma-separated tag names, `frontegg-contract --tag`) narrows every test to
# the operations of those tags.
TAGS = frozenset(t.strip() for t in os.environ.get("FRONTEGG_CONTRACT_TAGS", "").split(",") if t.strip())
SELECTED: tuple[str, ...] = tuple(
    sorted(op_id for op_id, (_, _, raw) in OPERATIONS.items() if not TAGS or TAGS & set(raw.get("tags", [])))
)
