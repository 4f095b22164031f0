"""Fixtures: ``emu`` is one emulator per test module, persisting to a data file; ``api`` the helper of
``emulator_api`` on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from emulator_api import Api

from frontegg_emulator import EmulatorServer


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    # With a data file: every request of the suite then goes through the store, which (with
    # FRONTEGG_EMULATOR_VERIFY_PERSISTENCE, tests/conftest.py) compares the whole environment with its
    # rows after each unit of work, so a change the per-entity writes missed fails the test that made it.
    with EmulatorServer(data=tmp_path_factory.mktemp("emu") / "emulator.sqlite") as server:
        yield server


@pytest.fixture(scope="module")
def api(emu: EmulatorServer) -> Iterator[Api]:
    helper = Api(emu)
    yield helper
    helper.http.close()
