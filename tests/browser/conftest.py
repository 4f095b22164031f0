"""Chromium (Debian's, driven by Playwright from PyPI; no browser download) against the emulator.

``browser`` is one headless Chromium per test module. It skips, naming what to install, when chromium or
playwright is missing, except under CI=true, where a missing browser fails the run. Screenshots go
under reports/browser/ (git-ignored) so a person can look at each flow.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


# Module, not session: while Playwright's sync API is started, its event loop stays registered as the
# main thread's running loop, so every later asyncio.run() in the session (tests/test_*.py) would fail.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = shutil.which("chromium")
    if executable is None:
        _missing("chromium is not installed: apt-get install chromium (or make browser-deps as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: pip install playwright==1.65.2 (requirements/dev.txt)")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
