"""The contract suite as a pytest plugin, installed with the ``contract`` extra (entry point pytest11).

Loading it costs nothing: it only adds ``--frontegg-contract``. With that option the suite's fixtures
are registered and its tests join the run, so a project can check its Frontegg environment (or the
bundled emulator) in its own test run: ``pytest --frontegg-contract`` beside its own tests, configured
by the same FRONTEGG_* variables as the ``frontegg-contract`` command.
"""

from __future__ import annotations

from importlib import import_module, resources
from pathlib import Path

import pytest

SUITE_DIR = Path(str(resources.files("frontegg_contract")))


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("frontegg-contract", "Frontegg contract suite")
    group.addoption(
        "--frontegg-contract",
        action="store_true",
        default=False,
        help="run the Frontegg contract suite in this session (target: FRONTEGG_API_GATEWAY_URL, "
        "FRONTEGG_CLIENT_ID, FRONTEGG_API_KEY; a bundled emulator when unset)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("frontegg_contract"):
        return
    config.pluginmanager.register(import_module("frontegg_contract.fixtures"), "frontegg_contract.fixtures")
    suite = str(SUITE_DIR)
    if not any(Path(arg.split("::")[0]).resolve().is_relative_to(SUITE_DIR.resolve()) for arg in config.args):
        config.args.append(suite)
