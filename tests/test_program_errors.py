"""Wrong command lines and settings of the two installed programs end with one error line on stderr
(after argparse's usage, where argparse prints one) and exit status 2, argparse's convention; never
a traceback or a pytest error per test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FRONTEGG_")}
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=tmp_path,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("frontegg_emulator", "serve", "--spec", "missing.yaml"), {}, "missing.yaml"),
        (("frontegg_emulator", "serve", "--port", "http"), {}, "invalid int value"),
        (("frontegg_contract", "--examples", "0"), {}, "--examples must be positive"),
        (("frontegg_contract",), {"FRONTEGG_API_GATEWAY_URL": "http://127.0.0.1:9"}, "FRONTEGG_CLIENT_ID"),
        (("frontegg_contract",), {"FRONTEGG_REGION": "mars"}, "FRONTEGG_REGION must be one of"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    result = _run(tmp_path, *args, **env)
    assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]  # after argparse's usage
    assert len(errors) == 1 and message in errors[0], result.stderr
    assert result.stderr.rstrip().endswith(errors[0]), result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_the_pytest_plugin_adds_its_option_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "test_own.py").write_text("def test_own():\n    assert True\n")
    help_text = _run(tmp_path, "pytest", "--help").stdout
    assert "--frontegg-contract" in help_text
    # Without the option the suite stays out of a project's run.
    result = _run(tmp_path, "pytest", "-q", "-p", "no:cacheprovider")
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout
