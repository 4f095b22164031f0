"""The public names of frontegg_identity all resolve, lazily, and nothing else is exported."""

from __future__ import annotations

import subprocess
import sys

import pytest

import frontegg_identity


def test_every_exported_name_resolves() -> None:
    for name in frontegg_identity.__all__:
        assert getattr(frontegg_identity, name) is not None, name


def test_dir_lists_the_public_surface() -> None:
    assert dir(frontegg_identity) == sorted(frontegg_identity.__all__)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        frontegg_identity.nope  # noqa: B018


def test_importing_the_package_does_not_import_the_hand_written_modules() -> None:
    code = "import sys, frontegg_identity; print(sorted(m for m in sys.modules if m.startswith('frontegg_identity.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = eval(out)  # noqa: S307 - our own subprocess printing a list literal
    assert not {"frontegg_identity.connection", "frontegg_identity.authenticator", "frontegg_identity.webauthn"} & set(
        loaded
    )
