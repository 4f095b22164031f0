"""Headless Chromium for browser tests: Debian's chromium driven by Playwright (never a downloaded browser).

``browser`` is one Playwright ``Browser`` per session. Without chromium or playwright the tests skip
with what to install, except in CI (``CI=true``), where a missing browser is a failure. Screenshots go
under ``reports/browser/`` (git-ignored), or a subfolder of it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

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


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: pip install -r requirements/dev.txt")
    executable = shutil.which("chromium")
    if executable is None:
        _missing("chromium is not installed: make browser-deps (apt-get install chromium, as root)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
