"""The curated spec the suite checks servers against.

The suite ships its own copy of the spec and of schemathesis.toml (links to openapi/identity.yaml and
the root schemathesis.toml in a checkout), found with importlib.resources, so an installed
``frontegg-contract`` needs no source tree. FRONTEGG_CONTRACT_SPEC points it at another spec file.
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
CONFIG_PATH = PACKAGE_DIR / "schemathesis.toml"
with open(SPEC_PATH, encoding="utf-8") as _fh:
    SPEC: dict[str, Any] = yaml.load(_fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506

OPERATIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    op["operationId"]: (method.upper(), path, op) for path, item in SPEC["paths"].items() for method, op in item.items()
}

# FRONTEGG_CONTRACT_TAGS (comma-separated tag names, `frontegg-contract --tag`) narrows every test to
# the operations of those tags.
TAGS = frozenset(t.strip() for t in os.environ.get("FRONTEGG_CONTRACT_TAGS", "").split(",") if t.strip())
SELECTED: tuple[str, ...] = tuple(
    sorted(op_id for op_id, (_, _, raw) in OPERATIONS.items() if not TAGS or TAGS & set(raw.get("tags", [])))
)
