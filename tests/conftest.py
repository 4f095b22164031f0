"""Every test runs with the persistence checks on (see frontegg_emulator.domain.tracking.VERIFY_ENV):
the user index checks each answer against a scan, and raises on a difference."""

import os

os.environ.setdefault("FRONTEGG_EMULATOR_VERIFY_PERSISTENCE", "1")
