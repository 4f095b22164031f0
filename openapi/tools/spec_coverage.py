"""How many of an upstream spec's operations does the curated spec describe?

    python openapi/tools/spec_coverage.py CURATED UPSTREAM [--json OUT]

Operations are compared by (METHOD, path) with path parameter names ignored, so ``/users/{id}`` in
one document matches ``/users/{userId}`` in the other. Prints ``covered/total`` (total = upstream
operations), then every upstream operation the curated spec lacks and every curated operation that
upstream does not have. Exit status: 0 when every upstream operation is covered, 1 when some are
missing, 2 when a document cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # find spec_model however we are started
import spec_model


@dataclass(frozen=True)
class Coverage:
    covered: int
    total: int
    missing: list[spec_model.Operation]  # upstream operations the curated spec lacks
    extra: list[spec_model.Operation]  # curated operations upstream does not have

    @property
    def complete(self) -> bool:
        return not self.missing

    def to_json(self) -> dict[str, Any]:
        def row(op: spec_model.Operation) -> dict[str, str]:
            return {"method": op.method, "path": op.path, "operationId": op.operation_id}

        return {
            "covered": self.covered,
            "total": self.total,
            "missing": [row(op) for op in self.missing],
            "extra": [row(op) for op in self.extra],
        }


def compare(curated: spec_model.Spec, upstream: spec_model.Spec) -> Coverage:
    ours = spec_model.index_operations(curated)
    theirs = spec_model.index_operations(upstream)
    missing = [op for key, op in sorted(theirs.items()) if key not in ours]
    extra = [op for key, op in sorted(ours.items()) if key not in theirs]
    return Coverage(len(theirs) - len(missing), len(theirs), missing, extra)


def report(coverage: Coverage, curated_name: str, upstream_name: str) -> str:
    lines = [f"{coverage.covered}/{coverage.total} operations of {upstream_name} covered by {curated_name}"]
    for title, ops in (
        ("missing from the curated spec", coverage.missing),
        ("in the curated spec but not upstream", coverage.extra),
    ):
        if ops:
            lines.append(f"\n{len(ops)} {title}:")
            rows = [[op.method, op.path, op.operation_id] for op in ops]
            lines.append(spec_model.format_table(["METHOD", "PATH", "OPERATION ID"], rows))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("curated", help="curated spec (YAML or JSON)")
    parser.add_argument("upstream", help="upstream spec (YAML or JSON)")
    parser.add_argument("--json", metavar="OUT", help="also write the result as JSON to OUT")
    args = parser.parse_args(argv)
    try:
        coverage = compare(spec_model.load_spec(args.curated), spec_model.load_spec(args.upstream))
    except spec_model.SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report(coverage, args.curated, args.upstream))
    if args.json:
        Path(args.json).write_text(json.dumps(coverage.to_json(), indent=2) + "\n", encoding="utf-8")
    return 0 if coverage.complete else 1


if __name__ == "__main__":
    raise SystemExit(main())
