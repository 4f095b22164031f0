"""The README's Python examples run, in order, against a freshly started emulator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontegg_emulator import EmulatorServer

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 5


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    with EmulatorServer() as emu:
        creds = emu.credentials
        monkeypatch.setenv("FRONTEGG_API_GATEWAY_URL", creds.gateway_url)
        monkeypatch.setenv("FRONTEGG_CLIENT_ID", creds.client_id)
        monkeypatch.setenv("FRONTEGG_API_KEY", creds.api_key)
        monkeypatch.delenv("FRONTEGG_REGION", raising=False)
        namespace: dict[str, object] = {"__name__": "readme"}
        for number, block in enumerate(BLOCKS, start=1):
            try:
                exec(compile(block, f"README.md python block {number}", "exec"), namespace)  # noqa: S102
            except Exception as err:  # name the block that failed, keep the original traceback
                raise AssertionError(f"README python block {number} failed: {err!r}") from err


def test_readme_local_links_resolve() -> None:
    # Images and file links in the README: a moved file must not leave a broken picture behind.
    targets = re.findall(r"\]\(([^)#\s]+)\)", README.read_text())
    local = [t for t in targets if not re.match(r"[a-z]+://", t)]
    assert "docs/images/webui-users.png" in local
    missing = [t for t in local if not (README.parent / t).exists()]
    assert missing == [], missing
