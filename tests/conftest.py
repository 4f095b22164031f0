"""Every test runs with the emulator's own checks on.

- Persistence (frontegg_emulator.domain.tracking.VERIFY_ENV): the user index checks each answer
  against a scan, and raises on a difference.
- Answers (frontegg_emulator.selfcheck.VERIFY_ENV): every answer to a spec operation is held to the
  spec strictly; a finding turns the answer into a 500 naming it, and fails the test that caused it
  here, even when the test did not look at that answer.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("FRONTEGG_EMULATOR_VERIFY_PERSISTENCE", "1")
os.environ.setdefault("FRONTEGG_EMULATOR_VERIFY_RESPONSES", "1")


@pytest.fixture(autouse=True)
def _emulator_answers_match_the_spec() -> Iterator[None]:
    # Imported here: tests of the client alone need not pay for the emulator's imports.
    from frontegg_emulator import selfcheck

    start = selfcheck.count()
    yield
    found = selfcheck.findings(start)
    if found:
        listed = "\n".join(f"  {finding}" for finding in found[:20])
        more = f"\n  ... and {len(found) - 20} more" if len(found) > 20 else ""
        pytest.fail(f"the emulator answered {len(found)} time(s) outside the spec:\n{listed}{more}", pytrace=False)
