"""Run Redocly CLI's recommended ruleset and fail on any error *or warning*.

Redocly exits 0 when only warnings are found; the curated spec's bar is zero of both. Exceptions live
in .redocly.lint-ignore.yaml, each with its reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys


def main(paths: list[str]) -> int:
    redocly = shutil.which("redocly")
    if redocly is None:
        print("redocly not found: run `make bootstrap` (it installs node_modules)", file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        proc = subprocess.run([redocly, "lint", path, "--format=json"], capture_output=True, text=True, check=False)
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError:
            sys.stderr.write(proc.stdout + proc.stderr)
            return 2
        totals = report["totals"]
        print(f"{path}: {totals['errors']} errors, {totals['warnings']} warnings, {totals['ignored']} ignored")
        for problem in report["problems"]:
            where = problem["location"][0]["pointer"] if problem.get("location") else ""
            print(f"  {problem['severity']} {problem['ruleId']} {where}: {problem['message']}")
        failed |= bool(totals["errors"] or totals["warnings"])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
