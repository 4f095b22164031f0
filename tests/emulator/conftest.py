"""Fixtures: ``emu`` is one emulator per test module; ``api`` the helper of ``emulator_api`` on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from emulator_api import Api

from frontegg_emulator import EmulatorServer


@pytest.fixture(scope="module")
def emu() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server


@pytest.fixture(scope="module")
def api(emu: EmulatorServer) -> Iterator[Api]:
    helper = Api(emu)
    yield helper
    helper.http.close()
