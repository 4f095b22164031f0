"""The curated spec the suite checks servers against: the Identity API and its companions.

The suite ships its own copy of the specs and of schemathesis.toml (links to openapi/ and the root
schemathesis.toml in a checkout), found with importlib.resources, so an installed
``frontegg-contract`` needs no source tree. FRONTEGG_CONTRACT_SPEC points it at another identity spec.

Two APIs are checked, each under its own base URL beneath the gateway:

- ``/identity``: ``identity.yaml`` joined with ``identity-unpublished.yaml`` (the identity operations
  Frontegg serves but does not publish, same base URL; ``frontegg_emulator.spec.join_companion``);
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


PUBLISHED: dict[str, Any] = _load(SPEC_PATH)
if COMPANIONS:
    # The emulator's spec module holds the one join of identity.yaml and a companion; the contract
    # extra installs the emulator, so the installed suite has it too.
    from frontegg_emulator.spec import join_companion

    SPEC: dict[str, Any] = join_companion(_load(UNPUBLISHED_PATH), PUBLISHED)
else:
    SPEC = PUBLISHED

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
