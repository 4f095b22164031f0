"""A pytest fixture that runs the emulator for a test session.

Enable it in a conftest.py with ``pytest_plugins = ["frontegg_emulator.pytest_plugin"]``; then
``frontegg_emulator`` yields a running ``EmulatorServer`` (``.url``, ``.credentials``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import EmulatorServer


@pytest.fixture(scope="session")
def frontegg_emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server
