"""``frontegg-contract``: the contract suite as a command (also ``python -m frontegg_contract``).

It runs the suite's pytest tests from the installed package against FRONTEGG_API_GATEWAY_URL (or
FRONTEGG_REGION) with FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY, or against a freshly started bundled
emulator when those are unset. Reports: the terminal table, ``<report-dir>/contract.json`` and JUnit
XML. The exit status is pytest's: 0 passed, 1 a check failed, 2 interrupted or a usage error, 5 nothing
selected. Arguments after ``--`` go to pytest unchanged.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    try:
        return version("frontegg-identity")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontegg-contract",
        description="Check a Frontegg environment, or the bundled emulator, against the curated Identity API spec "
        "and its companions (unpublished identity operations, the Tenants API).",
        epilog="Target: FRONTEGG_API_GATEWAY_URL (or FRONTEGG_REGION), FRONTEGG_CLIENT_ID, FRONTEGG_API_KEY; "
        "unset: a bundled emulator on a free loopback port. On a live environment only safe methods are sent "
        "unless FRONTEGG_CONTRACT_ALLOW_WRITES=1. Arguments after -- go to pytest.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("-k", dest="keyword", metavar="EXPRESSION", help="select tests by operationId (pytest -k)")
    parser.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="only the operations of this tag (repeatable)"
    )
    parser.add_argument("--seed", type=int, help="hypothesis seed (default: schemathesis.toml's)")
    parser.add_argument("--examples", type=int, help="examples per operation (default: schemathesis.toml's)")
    parser.add_argument(
        "--budget",
        type=float,
        help="seconds for the stateless run before the rest is skipped (default: none against the emulator, "
        "480 against a live environment)",
    )
    parser.add_argument("--deep", action="store_true", help="nightly mode: random seed, more examples, longer runs")
    parser.add_argument(
        "--no-companions",
        dest="companions",
        action="store_false",
        help="check only the published Identity API: leave out the identity operations Frontegg serves but "
        "does not publish (identity-unpublished.yaml) and the Tenants API (tenants.yaml), which are checked "
        "by default",
    )
    parser.add_argument(
        "--record-reach",
        action="store_true",
        help="after a full run against the bundled emulator that lost nothing, record the operations that "
        "reached their success (the ratchet file)",
    )
    parser.add_argument("--report-dir", default="reports", help="where contract.json goes (default: ./reports)")
    parser.add_argument(
        "--junitxml", metavar="PATH", help="JUnit XML report (default: <report-dir>/contract-junit.xml)"
    )
    parser.add_argument("-q", "--quiet", action="count", default=0, help="less pytest output")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    parser = _parser()
    args = parser.parse_args(argv)
    for value, name in ((args.examples, "examples"), (args.budget, "budget")):
        if value is not None and value <= 0:
            parser.error(f"--{name} must be positive")

    settings = {
        "FRONTEGG_CONTRACT_SEED": args.seed,
        "FRONTEGG_CONTRACT_EXAMPLES": args.examples,
        "FRONTEGG_CONTRACT_BUDGET": args.budget,
        "FRONTEGG_CONTRACT_TAGS": ",".join(args.tag) or None,
        "FRONTEGG_CONTRACT_DEEP": "1" if args.deep else None,
        "FRONTEGG_CONTRACT_COMPANIONS": None if args.companions else "0",
        "FRONTEGG_CONTRACT_RECORD_REACH": "1" if args.record_reach else None,
        "FRONTEGG_CONTRACT_REPORT_DIR": args.report_dir,
    }
    # The suite's modules read their settings from the environment when pytest imports them, the same
    # variables a user sets for `pytest --frontegg-contract`.
    for name, value in settings.items():
        if value is not None:
            os.environ[name] = str(value)

    try:
        import pytest
    except ModuleNotFoundError as err:
        parser.exit(
            2, f"{parser.prog}: error: {err.name} is not installed: pip install 'frontegg-identity[contract]'\n"
        )

    from .target import from_environment

    try:  # a wrong target is the caller's input: one line and exit 2, not a pytest error per test
        from_environment()
    except ValueError as err:
        parser.exit(2, f"{parser.prog}: error: {err}\n")

    junit = args.junitxml or os.path.join(args.report_dir, "contract-junit.xml")
    suite = str(resources.files(__package__ or "frontegg_contract"))
    pytest_args = [
        suite,
        "--frontegg-contract",
        "-p",
        "frontegg_contract.plugin",
        # The suite's own settings, whatever pytest configuration the current folder has.
        "-c",
        os.devnull,
        "--rootdir",
        suite,
        # This command imported the package before pytest could rewrite its asserts; the test modules
        # themselves are still rewritten.
        "-W",
        "ignore::pytest.PytestAssertRewriteWarning",
        "-p",
        "no:cacheprovider",
        "-ra",
        f"--junitxml={junit}",
    ]
    if args.keyword:
        pytest_args += ["-k", args.keyword]
    pytest_args += ["-q"] * args.quiet
    return int(pytest.main(pytest_args + extra))


if __name__ == "__main__":
    sys.exit(main())
