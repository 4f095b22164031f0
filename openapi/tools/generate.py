"""Generate generated/frontegg_identity from openapi/, or check that it is up to date.

One import package covers the whole API: ``frontegg_identity`` is generated from identity.yaml joined
with its companion identity-unpublished.yaml (the operations Frontegg serves but does not publish,
under the same base URL; ``frontegg_emulator.spec.join_companion``, the one place the two are
joined), and ``frontegg_identity.tenants`` from tenants.yaml, which lives under another base URL
(``{gateway}/tenants``) and so gets its own ``api`` and ``models``. Both are written by the same
templates; the subpackage's ``client``, ``types`` and ``errors`` are overrides that re-export the
parent's, so one ``ConnectedClient`` class, one ``UNSET`` and one ``Response`` serve both. New
operations of either companion are picked up with no list to update.

The client is written by openapi-python-client (pinned) into a temporary folder and ruff (pinned)
formats it with an isolated config, so the result depends only on the files in this repository. The
hand-written modules of overrides/ join the package as relative symbolic links, not copies: each
hand-written line is committed once, the editable install and the wheel (hatchling stores a link's
target) see the same layout, and mypy reads one package directory. ``--check`` regenerates into a
temporary folder and fails on any difference with generated/, a link turned into a copy included.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from frontegg_emulator.spec import join_companion

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "identity.yaml"
UNPUBLISHED = ROOT / "openapi" / "identity-unpublished.yaml"
TENANTS = ROOT / "openapi" / "tenants.yaml"
# Where the Tenants API's modules go inside the package (frontegg_identity.tenants).
TENANTS_SUBPACKAGE = "tenants"
CONFIG = ROOT / "openapi" / "client-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
RUFF_CONFIG = ROOT / "openapi" / "ruff-generated.toml"
OVERRIDES = ROOT / "overrides" / "frontegg_identity"
PACKAGE = "frontegg_identity"
BIN = Path(sys.executable).parent


def _run(*args: str | Path) -> None:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(map(str, args))}")


def _load(path: Path) -> dict[str, object]:
    with open(path, encoding="utf-8") as fh:
        document: dict[str, object] = yaml.safe_load(fh)
    return document


def identity_document() -> dict[str, object]:
    """identity.yaml with the operations of identity-unpublished.yaml added (same servers, tokens)."""
    return join_companion(_load(UNPUBLISHED), _load(SPEC))


def _generate(spec: Path, out: Path) -> None:
    _run(
        BIN / "openapi-python-client",
        "generate",
        "--path",
        spec,
        "--config",
        CONFIG,
        "--custom-template-path",
        TEMPLATES,
        "--meta",
        "none",
        "--output-path",
        out,
        "--fail-on-warning",
    )


def build(workdir: Path) -> Path:
    """Write the complete package into workdir and return its path."""
    out = workdir / PACKAGE
    joined = workdir / "identity-joined.yaml"
    # The generator reads a file; the joined document is written beside the output, never in openapi/.
    joined.write_text(yaml.safe_dump(identity_document(), sort_keys=False, allow_unicode=True), encoding="utf-8")
    _generate(joined, out)
    _generate(TENANTS, out / TENANTS_SUBPACKAGE)
    _run(BIN / "ruff", "check", "--fix-only", "--quiet", "--config", RUFF_CONFIG, out)
    _run(BIN / "ruff", "format", "--quiet", "--config", RUFF_CONFIG, out)
    for src in override_files():
        dest = out / src.relative_to(OVERRIDES)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.unlink(missing_ok=True)
        # The link is relative to where it will live (generated/frontegg_identity/...), so the
        # committed tree works from any checkout path.
        final = ROOT / "generated" / PACKAGE / src.relative_to(OVERRIDES)
        dest.symlink_to(os.path.relpath(src, final.parent))
    return out


def override_files() -> list[Path]:
    return [p for p in sorted(OVERRIDES.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]


def _differences(a: Path, b: Path, prefix: str = "") -> list[str]:
    links = [f"link differs: {prefix}{p.name}" for p in sorted(a.iterdir()) if _link(p) != _link(b / p.name)]
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    diffs = [f"only in regenerated: {prefix}{n}" for n in cmp.left_only]
    diffs += [f"only in generated/: {prefix}{n}" for n in cmp.right_only]
    diffs += [f"differs: {prefix}{n}" for n in cmp.diff_files]
    # dircmp compares shallowly (size, mtime); confirm content for files it called equal
    diffs += [f"differs: {prefix}{n}" for n in cmp.same_files if not filecmp.cmp(a / n, b / n, shallow=False)]
    for sub in cmp.common_dirs:
        diffs += _differences(a / sub, b / sub, f"{prefix}{sub}/")
    return links + diffs


def _link(path: Path) -> str | None:
    return os.readlink(path) if path.is_symlink() else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what generation writes")
    args = parser.parse_args()
    target = ROOT / "generated" / PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build(Path(tmp))
        if args.check:
            if not target.is_dir():
                print("generated/ is missing: run `make generate`", file=sys.stderr)
                return 1
            diffs = _differences(fresh, target)
            if diffs:
                print("generated/ is out of date; run `make generate` and commit the result:", file=sys.stderr)
                print("\n".join("  " + d for d in diffs[:50]), file=sys.stderr)
                return 1
            print("generated/ matches openapi/ (identity, unpublished companion, tenants), templates and overrides/")
            return 0
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target, symlinks=True)
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
